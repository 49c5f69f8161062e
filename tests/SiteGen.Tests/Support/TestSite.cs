using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// A throw-away site folder: site.config.json, content/organisations, content/areas and
/// content/plans/&lt;slug&gt;/index.md written from strings. Deleted on Dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }
    public string ConfigPath => Path.Combine(Root, "site.config.json");
    public string OutputPath => Path.Combine(Root, "_site");

    /// <summary>An empty site folder with only a config file.</summary>
    public static TestSite Empty(string? config = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"), "site");
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        site.Write("site.config.json", config ?? """{ "title": { "ja": "テストサイト", "en": "Test site" } }""");
        return site;
    }

    /// <summary>A valid site: one organisation (org), two areas (city, east) and no plans yet.</summary>
    public static TestSite Minimal(string? config = null)
    {
        var site = Empty(config);
        site.Organisation("org", Samples.Organisation);
        site.Area("city", Samples.CityArea, "The whole of Test City.");
        site.Area("east", Samples.EastArea, "The east district.");
        return site;
    }

    /// <summary>A valid site with one valid plan at content/plans/p/.</summary>
    public static TestSite WithOnePlan()
    {
        var site = Minimal();
        site.Plan("p", Samples.PlanHeader + "---\n本文です。\n", "The body.\n");
        return site;
    }

    /// <summary>Builds in process as one build of a `serve` session (incremental after the first), into <see cref="OutputPath"/>.</summary>
    public SiteGen.Pipeline.BuildResult BuildIn(SiteGen.Pipeline.BuildSession session)
    {
        var config = SiteGen.Config.SiteConfigLoader.Load(ConfigPath, "site.config.json", new SiteGen.Diagnostics.DiagnosticBag())!;
        return SiteGen.Pipeline.SiteBuilder.BuildAsync(Root, config, OutputPath, new SiteGen.Pipeline.BuildOptions(Session: session)).GetAwaiter().GetResult();
    }

    /// <summary>The errors a build reported, as printed.</summary>
    public static IReadOnlyList<string> Errors(SiteGen.Pipeline.BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == SiteGen.Diagnostics.Severity.Error).Select(d => d.ToString()).ToList();

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes the bytes as they are: a file in another encoding than UTF-8, or a broken one.</summary>
    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, true);
        return this;
    }

    public TestSite Organisation(string id, string markdown) => Write($"content/organisations/{id}.md", markdown);

    public TestSite Area(string id, string markdown, string? english = null)
    {
        Write($"content/areas/{id}.md", markdown);
        return english is null ? this : Write($"content/areas/{id}.en.md", english);
    }

    public TestSite Plan(string folder, string indexMd, string? indexEnMd = null)
    {
        Write($"content/plans/{folder}/index.md", indexMd);
        return indexEnMd is null ? this : Write($"content/plans/{folder}/index.en.md", indexEnMd);
    }

    /// <summary>A built page of plan <paramref name="slug"/> as a reader reads it (see <see cref="Unbroken"/>).</summary>
    public string PlanPage(string language, string slug = "p") =>
        Unbroken.Html(File.ReadAllText(Path.Combine(OutputPath, language, "plans", slug, "index.html")));

    /// <summary>Runs the command line in-process with --config pointing at this site.</summary>
    public CliResult Run(string command, params string[] more) =>
        TestCli.Run([command, "--config", ConfigPath, .. more]);

    public CliResult Check() => Run("check");

    public CliResult Build(string? output = null, params string[] more) =>
        output is null ? Run("build", more) : Run("build", ["--output", output, .. more]);

    public void Dispose()
    {
        try
        {
            var container = Path.GetDirectoryName(Root)!;
            if (Directory.Exists(container)) Directory.Delete(container, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A temporary folder (for build output), deleted on Dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Container = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Container);
    }

    /// <summary>The folder that holds <see cref="Path"/>; nothing else should appear in it.</summary>
    public string Container { get; }

    /// <summary>A not-yet-existing folder inside <see cref="Container"/>.</summary>
    public string Sub(string name) => System.IO.Path.Combine(Container, name);

    public void Dispose()
    {
        try { Directory.Delete(Container, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
