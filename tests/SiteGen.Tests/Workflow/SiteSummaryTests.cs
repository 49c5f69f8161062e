using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Workflow;

/// <summary>
/// .github/scripts/site-summary.py, the job summary of a pull request, run as the workflow runs it (python3)
/// on two sites and the output of `check --format github`.
/// </summary>
public sealed partial class SiteSummaryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Lists_exactly_the_pages_added_changed_and_removed_and_the_warnings_at_their_lines()
    {
        var before = _temp.Sub("before");
        var after = _temp.Sub("after");
        Write(before, "index.html", "root");
        Write(after, "index.html", "root");
        Write(before, "ja/plans/chiba-7th/index.html", "old text");
        Write(after, "ja/plans/chiba-7th/index.html", "new text");
        Write(before, "en/plans/gone/index.html", "a plan taken down");
        Write(after, "en/plans/kashiwa-5th/index.html", "a new plan");
        Write(before, "assets/site.css", "body{}");
        Write(after, "assets/site.css", "body{}");
        Write(before, "oembed/ja/plans.gone.json", "{}");
        // The search index follows the pages and is not compared.
        Write(before, "pagefind/fragment/ja_1.pf_fragment", "a");
        Write(after, "pagefind/fragment/ja_2.pf_fragment", "b");

        var check = Path.Combine(_temp.Container, "check.txt");
        var printed = new StringWriter();
        printed.WriteLine("::group::noise a summary must ignore");
        Reporter.PrintGitHub(
        [
            new Diagnostic(Severity.Warning, new SourceLocation("content/plans/chiba-7th/index.md", 41, 7), "actions[6].period",
                "the year 2031, after the plan ends: check it", "write a year from 2024 to 2029"),
        ], printed);
        printed.WriteLine("Checked 1 plan, 0 areas, 0 organisations: 0 errors, 1 warning.");
        File.WriteAllText(check, printed.ToString());

        var markdown = Summary("--before", before, "--after", after, "--check", check, "--compared-with", "the deployed site of abc123",
            "--blob-url", "https://github.com/council/plans/blob/def456");

        Assert.Contains("Compared with the deployed site of abc123.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Pages: 1 added, 1 changed, 1 removed** (1 unchanged)", markdown, StringComparison.Ordinal);
        Assert.Contains("Other files (styles, scripts, feeds, data, oEmbed): 0 added, 0 changed, 1 removed", markdown, StringComparison.Ordinal);
        Assert.Equal(["/en/plans/kashiwa-5th/"], Listed(markdown, "Added pages"));
        Assert.Equal(["/ja/plans/chiba-7th/"], Listed(markdown, "Changed pages"));
        Assert.Equal(["/en/plans/gone/"], Listed(markdown, "Removed pages"));
        Assert.DoesNotContain("pagefind", markdown, StringComparison.Ordinal);

        Assert.Contains("**Content check: 0 errors, 1 warning.**", markdown, StringComparison.Ordinal);
        var warnings = markdown.Split('\n').Where(l => l.StartsWith("- [`content/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["- [`content/plans/chiba-7th/index.md:41`](https://github.com/council/plans/blob/def456/content/plans/chiba-7th/index.md#L41): " +
             "actions[6].period: the year 2031, after the plan ends: check it (hint: write a year from 2024 to 2029)"],
            warnings);
        Assert.DoesNotContain("Errors:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_so_when_there_is_no_site_to_compare_with_or_no_site_at_all()
    {
        var after = _temp.Sub("after");
        Write(after, "index.html", "root");
        var check = Path.Combine(_temp.Container, "check.txt");
        File.WriteAllText(check, "::error file=content/plans/x/index.md,line=3,col=1,title=title::required%2C but missing\n");

        var nothingBefore = Summary("--before", "", "--after", after, "--check", check);
        Assert.Contains("No site to compare with: pages are not compared.", nothingBefore, StringComparison.Ordinal);
        Assert.Contains("**Content check: 1 error, 0 warnings.**", nothingBefore, StringComparison.Ordinal);
        Assert.Contains("- `content/plans/x/index.md:3`: title: required, but missing", nothingBefore, StringComparison.Ordinal);

        var notBuilt = Summary("--before", after, "--after", _temp.Sub("missing"), "--check", check);
        Assert.Contains("The site was not built", notBuilt, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarises_two_builds_of_the_sample_site_before_and_after_a_change()
    {
        // The sample site's content, built before and after a change as a pull request would make it:
        // one plan edited, one removed, one added (a copy under a new folder), one English narrative deleted.
        var site = _temp.Sub("site");
        Files.CopyFolder(Repository.Content, Path.Combine(site, "content"));
        File.WriteAllText(Path.Combine(site, "site.config.json"), Repository.ConfigTextWithoutSearch("content"));
        var before = _temp.Sub("before");
        Assert.Equal(0, TestCli.Run("build", "--config", Path.Combine(site, "site.config.json"), "--output", before).ExitCode);

        var plans = Path.Combine(site, "content", "plans");
        File.AppendAllText(Path.Combine(plans, "chiba-7th", "index.md"), "\n\n追記の段落です。\n");
        Directory.Delete(Path.Combine(plans, "kashiwa-4th-midterm"), recursive: true);
        Files.CopyFolder(Path.Combine(plans, "kakogawa-4th"), Path.Combine(plans, "kakogawa-5th"));
        File.Delete(Path.Combine(plans, "kakogawa-4th", "index.en.md"));
        var after = _temp.Sub("after");
        var built = TestCli.Run("build", "--config", Path.Combine(site, "site.config.json"), "--output", after);
        Assert.True(built.ExitCode == 0, built.ToString());
        var check = Path.Combine(_temp.Container, "check.txt");
        var checkedNow = TestCli.Run("check", "--config", Path.Combine(site, "site.config.json"), "--format", "github");
        File.WriteAllText(check, checkedNow.Stdout);

        var markdown = Summary("--before", before, "--after", after, "--check", check);

        var added = Listed(markdown, "Added pages");
        var changed = Listed(markdown, "Changed pages");
        var removed = Listed(markdown, "Removed pages");
        Assert.Contains("/ja/plans/kakogawa-5th/", added);
        Assert.Contains("/en/plans/kakogawa-5th/", added);
        Assert.Contains("/ja/plans/chiba-7th/", changed);
        Assert.Contains("/en/plans/kakogawa-4th/", changed);
        Assert.Contains("/ja/plans/kashiwa-4th-midterm/", removed);
        Assert.Contains("/en/plans/kashiwa-4th-midterm/", removed);
        Assert.All(added.Concat(changed).Concat(removed), p => Assert.StartsWith("/", p));
        Assert.Empty(added.Intersect(removed));
        Assert.Matches(@"\*\*Pages: \d+ added, \d+ changed, \d+ removed\*\* \(\d+ unchanged\)", markdown);
        Assert.Contains("- `content/plans/kakogawa-4th/index.md:1`: narrative: the plan has a Japanese narrative but no English one", markdown, StringComparison.Ordinal);
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The page addresses listed under a heading (`<summary>Added pages (N)</summary>`).</summary>
    private static List<string> Listed(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains($"<summary>{heading} (", StringComparison.Ordinal));
        if (start < 0) return [];
        return lines.Skip(start + 1).TakeWhile(l => l != "</details>")
            .Select(l => ListedPage().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"^- `([^`]+)`$")]
    private static partial Regex ListedPage();

    private static string Summary(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, ".github", "scripts", "site-summary.py"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var python = Process.Start(start)!;
        var stdout = python.StandardOutput.ReadToEndAsync();
        var stderr = python.StandardError.ReadToEndAsync();
        Assert.True(python.WaitForExit(TimeSpan.FromMinutes(1)), "site-summary.py did not finish");
        Assert.True(python.ExitCode == 0, stderr.Result);
        return stdout.Result;
    }
}
