using System.Runtime.CompilerServices;

namespace SiteGen.Tests.Support;

/// <summary>
/// The tests' builds keep what SiteGen caches between runs (compiled templates, page facts) in a folder of
/// their own under the temporary folder, not in the user's ~/.cache: every test builds into a new folder,
/// and each leaves a cache file behind.
/// </summary>
internal static class TestCache
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "sitegen-tests-cache");

    [ModuleInitializer]
    internal static void UseTheTestsFolder() => Environment.SetEnvironmentVariable("SITEGEN_CACHE", Folder);
}
