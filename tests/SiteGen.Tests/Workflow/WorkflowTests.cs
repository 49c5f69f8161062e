using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Workflow;

/// <summary>
/// The publishing workflow is what turns a council's git push into a live site: parse it and check
/// the triggers, jobs, permissions and steps the project relies on, so an edit cannot quietly break them.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "site.config.json"))) directory = directory.Parent;
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(directory.FullName, ".github", "workflows", "site.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];
    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
    private static IEnumerable<YamlMappingNode> Steps(string job) => ((YamlSequenceNode)Map(Map(Workflow, "jobs"), job)["steps"]).Children.Cast<YamlMappingNode>();
    private static IEnumerable<string> Runs(string job) => Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(s, "run"));
    private static IEnumerable<string> Uses(string job) => Steps(job).Where(s => s.Children.ContainsKey("uses")).Select(s => Scalar(s, "uses"));

    [Fact]
    public void Runs_on_every_push_and_pull_request()
    {
        var on = Map(Workflow, "on");
        Assert.True(on.Children.ContainsKey("push"));
        Assert.True(on.Children.ContainsKey("pull_request"));
    }

    [Fact]
    public void Default_permissions_are_read_only()
    {
        var permissions = Map(Workflow, "permissions");
        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.Single(permissions.Children);
    }

    [Fact]
    public void Test_job_checks_content_with_annotations_and_runs_all_tests()
    {
        var runs = Runs("test").ToList();
        Assert.Contains(runs, r => r.Contains("check --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("dotnet test SiteGen.sln", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("playwright.ps1 install", StringComparison.Ordinal));
        var uploads = Steps("test").Where(s => s.Children.ContainsKey("uses") && Scalar(s, "uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).ToList();
        var preview = uploads.Single(s => Scalar(Map(s, "with"), "path") == "_site");
        Assert.Contains("pull_request", Scalar(preview, "if"));
        // The browser tests' screenshots are kept whether the tests passed or failed, at the folder the tests write.
        var screenshots = uploads.Single(s => Scalar(Map(s, "with"), "path") == "tests/SiteGen.BrowserTests/TestResults/screenshots");
        Assert.Contains("!cancelled()", Scalar(screenshots, "if"));
    }

    [Fact]
    public void Deploy_job_publishes_to_pages_with_least_privilege_in_order()
    {
        var deploy = Map(Map(Workflow, "jobs"), "deploy");
        Assert.Equal("test", ((YamlScalarNode)deploy["needs"]).Value);
        Assert.Contains("github.event_name == 'push'", Scalar(deploy, "if"));
        // Each 1 April the site is rebuilt and deployed, so a plan's phase (計画期間中 / 期間終了) follows the fiscal year.
        Assert.Contains("github.event_name == 'schedule'", Scalar(deploy, "if"));
        Assert.Contains("default_branch", Scalar(deploy, "if"));
        var permissions = Map(deploy, "permissions");
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
        var concurrency = Map(deploy, "concurrency");
        Assert.Equal("pages", Scalar(concurrency, "group"));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
        var uses = Uses("deploy").ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Contains(Runs("deploy"), r => r.Contains("--base-url", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scheduled_run_deploys_without_the_event_naming_the_default_branch()
    {
        // A schedule event's payload has no `repository`, so github.event.repository.default_branch is empty in it: a
        // schedule tied to it would never deploy. Scheduled runs are always of the default branch.
        var alternatives = Alternatives(Scalar(Map(Map(Workflow, "jobs"), "deploy"), "if"));
        Assert.Contains("github.event_name == 'schedule'", alternatives);
        Assert.All(alternatives.Where(a => a.Contains("default_branch", StringComparison.Ordinal)),
            a => Assert.Contains("github.event_name == 'push'", a, StringComparison.Ordinal));
    }

    /// <summary>The operands of an expression's top-level `||` (outside parentheses and strings), outer parentheses removed.</summary>
    private static List<string> Alternatives(string expression)
    {
        var parts = new List<string>();
        var (depth, quoted, start) = (0, false, 0);
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\'') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && c == '|' && i + 1 < expression.Length && expression[i + 1] == '|')
            {
                parts.Add(expression[start..i]);
                start = i + 2;
            }
        }
        parts.Add(expression[start..]);
        return parts.Select(p => p.Trim()).Select(p => Enclosed(p) ? p[1..^1].Trim() : p).ToList();
    }

    /// <summary>Whether the whole expression is one parenthesised group: `(a && b)`, not `(a) && (b)`.</summary>
    private static bool Enclosed(string expression)
    {
        if (!expression.StartsWith('(')) return false;
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] == '(') depth++;
            else if (expression[i] == ')' && --depth == 0) return i == expression.Length - 1;
        }
        return false;
    }

    [Fact]
    public void Every_action_is_pinned_to_a_version()
    {
        var all = Uses("test").Concat(Uses("deploy")).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, u => Assert.Matches(Pinned(), u));
    }

    [Fact]
    public void NuGet_packages_are_cached()
    {
        Assert.Contains(Steps("test"), s => s.Children.ContainsKey("uses") && Scalar(s, "uses").StartsWith("actions/cache@", StringComparison.Ordinal)
            && Scalar(Map(s, "with"), "path").Contains(".nuget/packages", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w.-]+)*@(v\d+(\.\d+)*|[0-9a-f]{40})$")]
    private static partial Regex Pinned();
}
