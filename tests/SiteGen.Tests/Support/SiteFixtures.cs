namespace SiteGen.Tests.Support;

/// <summary>Where the real site (site.config.json, content/) of this repository is.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")) && File.Exists(Path.Combine(dir.FullName, "site.config.json")))
                return dir.FullName;
        }
        return "/work/main";
    }

    /// <summary>The repository's own site.config.json, with search on: only for tests that opt in to Pagefind (<see cref="ConfigWithSearch"/>).</summary>
    private static string RepositoryConfig => Path.Combine(Root, "site.config.json");
    public static string Content => Path.Combine(Root, "content");

    private static readonly Lazy<string> s_configWithoutSearch = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "repository-site");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "site.config.json");
        File.WriteAllText(path, ConfigTextWithoutSearch(Content));
        return path;
    });

    /// <summary>
    /// The repository's site as most tests build it: its site.config.json without `search`, so the unit tests need no
    /// `npm ci` (Pagefind is run only by the tests that opt in), and its content read from the repository.
    /// </summary>
    public static string Config => s_configWithoutSearch.Value;

    /// <summary>The repository's site.config.json text without `search`, its content read from <paramref name="content"/>.</summary>
    public static string ConfigTextWithoutSearch(string content)
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryConfig))!.AsObject();
        config.Remove("search");
        config["content"] = content;
        if (config["theme"] is { } theme) config["theme"] = Path.Combine(Root, theme.GetValue<string>());
        return config.ToJsonString();
    }

    /// <summary>
    /// The repository's site.config.json as it is, search on: a test that calls this opts in to running the real
    /// Pagefind, and fails here, saying what to install, when `npm ci` has not been run.
    /// </summary>
    public static string ConfigWithSearch
    {
        get
        {
            var pagefind = Path.Combine(Root, "node_modules", ".bin", "pagefind");
            Assert.True(File.Exists(pagefind),
                $"this test runs the real Pagefind, and {pagefind} is missing: run `npm ci` in {Root} (it installs the version pinned in package-lock.json)");
            return RepositoryConfig;
        }
    }

    /// <summary>Every content file that has front matter, with its YAML (between the fences, line 2 on).</summary>
    public static IReadOnlyList<(string Path, string Yaml)> FrontMatters() =>
        Directory.GetFiles(Content, "*.md", SearchOption.AllDirectories)
            .Select(path => (path, text: File.ReadAllText(path).Replace("\r\n", "\n")))
            .Where(f => f.text.StartsWith("---\n", StringComparison.Ordinal))
            .Select(f => (f.path, f.text[4..(f.text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)]))
            .ToList();
}

/// <summary>The real site of the repository, built once into a temporary folder and shared.</summary>
public sealed class SeedSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public SeedSite()
    {
        OutputFolder = _temp.Sub("_site");
        Result = TestCli.Run("build", "--config", Repository.Config, "--output", OutputFolder);
        Site = new BuiltSite(OutputFolder);
        Content = SeedContent.Load(Repository.Content);
    }

    public string OutputFolder { get; }
    public CliResult Result { get; }
    public BuiltSite Site { get; }
    public SeedContent Content { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// A small synthetic site that exercises what the real content does not: untranslated texts, a plan
/// with no index.en.md, hostile HTML and links, repeated Japanese headings. Built once and shared.
/// </summary>
public sealed class FeatureSite : IDisposable
{
    public FeatureSite()
    {
        Source = TestSite.Minimal();
        FeatureContent.WriteTo(Source);
        Result = Source.Build();
        Site = new BuiltSite(Source.OutputPath);
    }

    public TestSite Source { get; }
    public CliResult Result { get; }
    public BuiltSite Site { get; }

    public void Dispose() => Source.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSitesCollection : ICollectionFixture<SeedSite>, ICollectionFixture<FeatureSite>
{
    public const string Name = "built sites";
}
