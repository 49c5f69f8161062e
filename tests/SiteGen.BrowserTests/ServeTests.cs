using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Serve;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>
/// `sitegen serve`, in-process on a copy of the repository's site: an edit shows up in the open page by
/// itself, a content error shows in an overlay while the last good site stays, fixing it clears the overlay,
/// and the live-reload script only ever exists in responses, never in the files written.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private const string Plan = "content/plans/chiba-7th/index.md";
    private const string OriginalTitle = "第7次地域福祉活動計画 千葉市社協行動プラン";
    private const string EditedTitle = "第7次地域福祉活動計画 ライブ更新のテスト";
    private const string FixedTitle = "第7次地域福祉活動計画 エラー修正後";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60); // generous: one full rebuild, on a busy CI machine

    private readonly string _site = Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private string ConfigPath => Path.Combine(_site, "site.config.json");
    private string Log => $"stdout:\n{_out}\nstderr:\n{_err}";

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_site);
        // Tools the config names by a path relative to the site (Pagefind in node_modules/) stay where they are installed.
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(SiteFixture.RepositoryRoot, "site.config.json")))!;
        if (config["search"]?["pagefind"]?.GetValue<string>() is { } pagefind)
            config["search"]!["pagefind"] = Path.GetFullPath(Path.Combine(SiteFixture.RepositoryRoot, pagefind));
        File.WriteAllText(ConfigPath, config.ToJsonString());
        CopyFolder(Path.Combine(SiteFixture.RepositoryRoot, "content"), Path.Combine(_site, "content"));
        var themes = Path.Combine(SiteFixture.RepositoryRoot, "themes");
        if (Directory.Exists(themes)) CopyFolder(themes, Path.Combine(_site, "themes"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_site)) Directory.Delete(_site, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Edits_reload_the_page_and_errors_show_in_an_overlay_until_fixed()
    {
        await using var server = new DevServer(ConfigPath, port: 0, _out, _err);
        var first = await server.StartAsync();
        Assert.True(first.Succeeded, Log);
        Assert.StartsWith("http://127.0.0.1:", server.Url);

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SiteFixture.LaunchOptions());
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(server.Url + "ja/plans/chiba-7th/");
        Assert.Equal(200, response!.Status);
        var heading = page.Locator("h1");
        await Expect(heading).ToHaveTextAsync(OriginalTitle, new() { UseInnerText = true }); // innerText: without the hidden furigana
        // A mark on this document: a page that reloads itself is a new document, without it. (Counting
        // `load` events raced: the new heading is there before the new document's load event arrives.)
        await page.EvaluateAsync("() => { window.sitegenTestMark = 1; }");

        // 1. A change to the Japanese title appears in the open page; the test never reloads it.
        var plan = Path.Combine(_site, Plan);
        var original = await File.ReadAllTextAsync(plan);
        Assert.Contains("ja: " + OriginalTitle, original);
        await File.WriteAllTextAsync(plan, ReplaceFirst(original, "ja: " + OriginalTitle, "ja: " + EditedTitle));
        await WithLog(() => Expect(heading).ToHaveTextAsync(EditedTitle, new() { Timeout = (float)Wait.TotalMilliseconds, UseInnerText = true }));
        Assert.True(await page.EvaluateAsync<bool>("() => window.sitegenTestMark === undefined"), "the page should have reloaded itself");
        AssertNoScriptOnDisk(server.OutputDirectory);

        // 2. A content error: the overlay names the file and the field; the last good page stays underneath.
        //    A second unknown field made of markup shows that messages are text, never parsed as HTML.
        var broken = ReplaceFirst(ReplaceFirst(original, "ja: " + OriginalTitle, "ja: " + EditedTitle), "\ntitle:", "\ntitel:")
            .Replace("\ntagline:", "\n<img src=x onerror=alert(1)>: 1\ntagline:");
        await File.WriteAllTextAsync(plan, broken);
        var overlay = page.Locator($"#{LiveReloadClient.OverlayId}[role=alert]");
        await WithLog(() => Expect(overlay).ToBeVisibleAsync(new() { Timeout = (float)Wait.TotalMilliseconds }));
        await Expect(overlay).ToContainTextAsync(Plan);
        await Expect(overlay).ToContainTextAsync("titel");
        await Expect(overlay).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await overlay.Locator("img").CountAsync());
        await Expect(heading).ToHaveTextAsync(EditedTitle, new() { UseInnerText = true });
        Assert.Contains($"{Plan}:2:1: titel:", _err.ToString());
        Assert.NotNull(server.Errors);

        // 3. Fixed: the overlay goes away and the page shows the fixed text, without restarting anything.
        await File.WriteAllTextAsync(plan, ReplaceFirst(original, "ja: " + OriginalTitle, "ja: " + FixedTitle));
        await WithLog(() => Expect(overlay).ToHaveCountAsync(0, new() { Timeout = (float)Wait.TotalMilliseconds }));
        await WithLog(() => Expect(heading).ToHaveTextAsync(FixedTitle, new() { Timeout = (float)Wait.TotalMilliseconds, UseInnerText = true }));
        Assert.Null(server.Errors);

        AssertNoScriptOnDisk(server.OutputDirectory);
        await server.StopAsync();
    }

    [Fact]
    public async Task Serves_under_the_base_path_with_content_types_and_404()
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(ConfigPath))!;
        config["baseUrl"] = "https://council.example.org/plans/";
        await File.WriteAllTextAsync(ConfigPath, config.ToJsonString());

        await using var server = new DevServer(ConfigPath, port: 0, _out, _err);
        Assert.True((await server.StartAsync()).Succeeded, Log);
        var origin = $"http://127.0.0.1:{server.Port}";
        Assert.Equal(origin + "/plans/", server.Url);

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        // The root of the server and a folder without its slash lead to where the reader meant.
        var root = await http.GetAsync(origin + "/");
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/plans/", root.Headers.Location!.OriginalString);
        var folder = await http.GetAsync(server.Url + "ja");
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/plans/ja/", folder.Headers.Location!.OriginalString);

        // A page: its links include the base path, and the one injected thing is the script, just before </body>.
        var page = await http.GetAsync(server.Url + "ja/plans/chiba-7th/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/plans/ja/", html);
        Assert.Single(Regex.Matches(html, "__sitegen"));
        Assert.Matches(@"<script src=""/__sitegen/live\.js\?build=[^""]+""></script></body>", html);
        var onDisk = await File.ReadAllTextAsync(Path.Combine(server.OutputDirectory, "ja/plans/chiba-7th/index.html"));
        Assert.Equal(onDisk, Regex.Replace(html, @"<script src=""/__sitegen/live\.js\?build=[^""]+""></script>", ""));

        // Unknown addresses, inside the base path or outside it, get the site's 404 page with status 404.
        foreach (var missing in new[] { server.Url + "ja/plans/no-such-plan/", origin + "/ja/", server.Url + "..%2F..%2Fsite.config.json" })
        {
            var notFound = await http.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Contains("Page not found", await notFound.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync(server.Url, new StringContent(""))).StatusCode);

        // Every file the build wrote is served with its type, and non-HTML files exactly as written.
        var expected = new Dictionary<string, string>
        {
            [".html"] = "text/html", [".css"] = "text/css", [".js"] = "text/javascript", [".xml"] = "application/xml",
            [".json"] = "application/json", [".csv"] = "text/csv", [".svg"] = "image/svg+xml", [".txt"] = "text/plain", [".wasm"] = "application/wasm",
        };
        var checkedTypes = new HashSet<string>();
        foreach (var file in Directory.GetFiles(server.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(file);
            if (!expected.TryGetValue(extension, out var type) || !checkedTypes.Add(extension) && extension == ".html") continue;
            var address = server.Url + string.Join('/', Path.GetRelativePath(server.OutputDirectory, file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
            var served = await http.GetAsync(address);
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"{address}: {served.StatusCode}");
            Assert.Equal(type, served.Content.Headers.ContentType!.MediaType);
            if (extension != ".html") Assert.Equal(await File.ReadAllBytesAsync(file), await served.Content.ReadAsByteArrayAsync());
        }
        Assert.Contains(".css", checkedTypes);
        Assert.Contains(".xml", checkedTypes);

        AssertNoScriptOnDisk(server.OutputDirectory);
    }

    [Fact]
    public async Task A_port_in_use_is_reported_not_hidden()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var server = new DevServer(ConfigPath, port, _out, _err);
        var error = await Assert.ThrowsAsync<DevServerException>(() => server.StartAsync());
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    /// <summary>A wait that fails says what the server printed meanwhile (a slow or failed rebuild).</summary>
    private async Task WithLog(Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n{Log}", e);
        }
    }

    private static void AssertNoScriptOnDisk(string outputDirectory)
    {
        var files = Directory.GetFiles(outputDirectory, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var marked = files.Where(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)).Contains("__sitegen", StringComparison.Ordinal)).ToList();
        Assert.True(marked.Count == 0, "the live-reload script was written to disk: " + string.Join(", ", marked));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{find}` not found");
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
