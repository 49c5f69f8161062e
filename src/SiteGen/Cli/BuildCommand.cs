using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

public static class BuildCommand
{
    public static int Run(string configPath, string? output, string? baseUrl, TextWriter stdout, TextWriter stderr, bool timings = false, DateOnly? asOf = null, bool noCache = false)
    {
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;
        if (asOf is not null) config = config with { AsOf = asOf };
        if (baseUrl is not null)
        {
            if (!Config.SiteConfigLoader.BaseUrlIsValid(baseUrl))
            {
                stderr.WriteLine($"error: --base-url `{baseUrl}` is not a site address; write https://example.org/ or a path such as /plans/");
                return ExitCodes.UsageError;
            }
            config = config with { BaseUrl = baseUrl };
        }
        var outputDirectory = Path.GetFullPath(output ?? Path.Combine(root, config.Output));
        if (OutputWouldReplaceSources(outputDirectory, root, config) is { } clash)
        {
            stderr.WriteLine($"error: the output folder {outputDirectory} would replace {clash}; a build replaces its output folder completely. Choose a folder of its own, such as _site.");
            return ExitCodes.UsageError;
        }

        // A build is a batch job: no one waits on it between collections, so the collector need not run
        // beside the program (background collection) to keep pauses short
        // (docs/performance.md#garbage-collection-allocation-and-the-jit). `serve` keeps the default: it
        // answers the browser while it rebuilds.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var options = new BuildOptions(Write: true, Progress: stdout) { Caches = Caching.Caches.Choose(noCache) };
        var result = SiteBuilder.BuildAsync(root, config, outputDirectory, options).GetAwaiter().GetResult();
        Reporter.Print(result.Diagnostics, stderr);
        if (timings) result.Timings.Print(stdout);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Written)
        {
            stdout.WriteLine($"Build failed: {Reporter.Count(errors, "error")}, {Reporter.Count(warnings, "warning")} ({seconds} s). " +
                             $"The previous site in {Path.GetRelativePath(Environment.CurrentDirectory, outputDirectory)} was left as it was.");
            return ExitCodes.ContentErrors;
        }
        stdout.WriteLine($"Built {Reporter.Count(result.Pages, "page")} ({result.Files.Count} files) into " +
                         $"{Path.GetRelativePath(Environment.CurrentDirectory, outputDirectory)}: {Reporter.Count(warnings, "warning")}, {seconds} s.");
        return ExitCodes.Success;
    }

    /// <summary>The build swaps its output folder wholesale, so it must never be the site itself or hold its sources.</summary>
    private static string? OutputWouldReplaceSources(string output, string root, Config.SiteConfig config)
    {
        static bool Within(string path, string folder) =>
            path.TrimEnd('/') == folder.TrimEnd('/') || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
        var sources = new List<string> { root, Path.GetFullPath(Path.Combine(root, config.Content)) };
        if (config.Theme is not null) sources.Add(Path.GetFullPath(Path.Combine(root, config.Theme)));
        foreach (var source in sources)
        {
            if (Within(source, output)) return $"{source} (the site's sources are inside it)";
            if (Within(output, Path.GetFullPath(Path.Combine(root, config.Content)))) return "part of the content folder";
        }
        return null;
    }
}
