using Microsoft.Playwright;
using SiteGen.Cli;

namespace SiteGen.BrowserTests;

/// <summary>
/// Builds the repository's own site (content/ with the default theme) once, serves it on loopback
/// and starts Chromium. The browser is Debian's /usr/bin/chromium when present (no browser download
/// works on our machines); SITEGEN_CHROMIUM names another, and when neither exists Playwright's own
/// browser is used (GitHub Actions installs it with `playwright install chromium`).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    public StaticServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every page the build wrote, as site paths ("/ja/plans/kashiwa-4th/"): new pages are tested without anyone listing them.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "site.config.json"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("cannot find the repository root (site.config.json)");
        }
    }

    public async Task InitializeAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["build", "--config", Path.Combine(RepositoryRoot, "site.config.json"), "--output", OutputDirectory], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException($"the site did not build (exit {exit}):\n{stdout}\n{stderr}");

        Pages = Directory.GetFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

        Server = new StaticServer(OutputDirectory);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(LaunchOptions());
    }

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        var configured = Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM");
        var executable = !string.IsNullOrEmpty(configured) ? configured : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        };
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Generous timeouts: the machines that run these tests are small and often busy.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Server.BaseUrl + path);
        Assert.NotNull(response);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
        Server.Dispose();
        if (Directory.Exists(OutputDirectory)) Directory.Delete(OutputDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}
