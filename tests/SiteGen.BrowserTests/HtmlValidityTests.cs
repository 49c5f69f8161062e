using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// The Nu Html Checker (npm package vnu-jar, pinned in the root package.json; needs Java 11+) over
/// every HTML file of the built site: zero errors. Install with `npm ci` at the repository root.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    private static string VnuJar => Path.Combine(SiteFixture.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static (int Exit, string Stdout, string Stderr) RunVnu(string target)
    {
        Assert.True(File.Exists(VnuJar), $"{VnuJar} is missing: run `npm ci` at the repository root");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--skip-non-html", "--format", "json", target }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start (is Java installed?)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "the Nu Html Checker took more than 5 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>vnu prints its JSON report on standard error.</summary>
    private static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{(m.TryGetProperty("url", out var url) ? url.GetString() : "?")}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }

    [Fact]
    public void Every_built_page_is_valid_HTML()
    {
        Assert.NotEmpty(site.Pages);
        var (exit, _, stderr) = RunVnu(site.OutputDirectory);
        var errors = Errors(stderr);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(50)));
        Assert.Equal(0, exit);
    }

    [Fact]
    public void The_checker_reports_errors_on_a_broken_page()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-vnu-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "broken.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p><span id=\"a\"></span><span id=\"a\"></span></body></html>");
            var (exit, _, stderr) = RunVnu(directory.FullName);
            Assert.NotEqual(0, exit);
            Assert.Contains(Errors(stderr), e => e.Contains("Duplicate ID", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
