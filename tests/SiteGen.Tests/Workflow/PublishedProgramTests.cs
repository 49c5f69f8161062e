using YamlDotNet.RepresentationModel;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Workflow;

/// <summary>
/// Issue #25, 3: the deploy runs the fast program. Both jobs check and build with SiteGen published native
/// (compiled ahead of time) and kept in actions/cache by a hash of what it is built from, never with
/// `dotnet run` (a Debug build compiled on every push); a pull request gets a job summary.
/// </summary>
public sealed partial class WorkflowTests
{
    private const string Program = ".sitegen-program/SiteGen";

    private static bool Has(YamlMappingNode step, string key) => step.Children.ContainsKey(key);
    private static string RunOf(YamlMappingNode step) => Has(step, "run") ? Scalar(step, "run") : "";
    private static string If(YamlMappingNode step) => Has(step, "if") ? Scalar(step, "if") : "";

    [Theory]
    [InlineData("test")]
    [InlineData("deploy")]
    public void No_step_runs_the_program_through_dotnet_run(string job) =>
        Assert.DoesNotContain(Runs(job), r => r.Contains("dotnet run", StringComparison.Ordinal));

    [Fact]
    public void Check_and_build_run_the_published_program()
    {
        var test = Runs("test").ToList();
        Assert.Contains(test, r => r.Contains($"{Program} check --format github", StringComparison.Ordinal));
        Assert.Contains(test, r => r.Contains($"{Program} build --output _site", StringComparison.Ordinal));
        Assert.Contains(Runs("deploy"), r => r.Contains($"{Program} build --output _site --base-url", StringComparison.Ordinal));
        // Every line that checks or builds the site names the published program.
        foreach (var line in Runs("test").Concat(Runs("deploy")).SelectMany(r => r.Split('\n')))
            if (line.Contains(" check ", StringComparison.Ordinal) || line.Contains(" build --", StringComparison.Ordinal))
                Assert.Contains(Program, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("deploy")]
    public void The_program_is_cached_by_a_hash_of_its_sources_and_published_native_on_a_miss(string job)
    {
        var steps = Steps(job).ToList();
        var cache = steps.Single(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/cache/restore@", StringComparison.Ordinal)
                                      && Scalar(Map(s, "with"), "path") == ".sitegen-program");
        var key = Scalar(Map(cache, "with"), "key");
        Assert.Contains("hashFiles(", key, StringComparison.Ordinal);
        foreach (var input in new[] { "'src/**'", "'themes/**'", "'**/*.csproj'", "'global.json'", "Directory.Build" })
            Assert.Contains(input, key, StringComparison.Ordinal);
        Assert.DoesNotContain("github.sha", key, StringComparison.Ordinal);
        Assert.False(Has(Map(cache, "with"), "restore-keys"), "a program of other sources must never be restored");

        var id = Scalar(cache, "id");
        var publish = steps.Single(s => RunOf(s).Contains("publish-sitegen.sh", StringComparison.Ordinal));
        Assert.Equal($"steps.{id}.outputs.cache-hit != 'true'", If(publish));
        Assert.Contains(".sitegen-program", RunOf(publish), StringComparison.Ordinal);
        // Published (or restored) before anything runs it.
        var first = steps.FindIndex(s => RunOf(s).Contains(Program, StringComparison.Ordinal));
        Assert.True(steps.IndexOf(cache) < steps.IndexOf(publish) && steps.IndexOf(publish) < first);
        // Saved under the key it was looked up by, right after it was published.
        var save = steps[steps.IndexOf(publish) + 1];
        Assert.StartsWith("actions/cache/save@", Scalar(save, "uses"), StringComparison.Ordinal);
        Assert.Equal(If(publish), If(save));
        Assert.Equal(".sitegen-program", Scalar(Map(save, "with"), "path"));
        Assert.Equal($"${{{{ steps.{id}.outputs.cache-primary-key }}}}", Scalar(Map(save, "with"), "key"));

        var script = File.ReadAllText(Path.Combine(Repository.Root, ".github", "scripts", "publish-sitegen.sh"));
        Assert.Contains("dotnet publish src/SiteGen -c Release -r \"$RID\" -p:PublishAot=true -o \"$OUT\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deploy_job_sets_up_dotnet_only_to_publish_again()
    {
        var setup = Steps("deploy").Single(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.Equal("steps.program.outputs.cache-hit != 'true'", If(setup));
    }

    [Fact]
    public void The_job_summary_is_written_for_pull_requests_only()
    {
        var summary = Steps("test").Single(s => RunOf(s).Contains("site-summary.py", StringComparison.Ordinal));
        Assert.Contains("github.event_name == 'pull_request'", If(summary), StringComparison.Ordinal);
        Assert.Contains(">> \"$GITHUB_STEP_SUMMARY\"", RunOf(summary), StringComparison.Ordinal);
        Assert.Contains("$RUNNER_TEMP/check.txt", RunOf(summary), StringComparison.Ordinal);
        // The check's annotations are what it lists.
        Assert.Contains(Runs("test"), r => r.Contains("check --format github | tee \"$RUNNER_TEMP/check.txt\"", StringComparison.Ordinal)
                                           && r.Contains("pipefail", StringComparison.Ordinal));

        var restore = Steps("test").Single(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/cache/restore@", StringComparison.Ordinal)
            && Scalar(Map(s, "with"), "path") == ".deployed");
        Assert.Contains("github.event_name == 'pull_request'", If(restore), StringComparison.Ordinal);
        Assert.Contains("github.event.pull_request.base.sha", Scalar(Map(restore, "with"), "key"), StringComparison.Ordinal);
        Assert.Equal(".deployed", Scalar(Map(restore, "with"), "path"));
    }

    [Fact]
    public void The_deploy_job_keeps_what_it_deployed_for_the_summaries()
    {
        var steps = Steps("deploy").ToList();
        var save = steps.Single(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/cache/save@", StringComparison.Ordinal)
            && Scalar(Map(s, "with"), "path") == ".deployed");
        Assert.Equal(".deployed", Scalar(Map(save, "with"), "path"));
        Assert.Contains("github.sha", Scalar(Map(save, "with"), "key"), StringComparison.Ordinal);
        var deploy = steps.FindIndex(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.True(deploy < steps.IndexOf(save), "only a site that was deployed is kept");
    }

    [Fact]
    public void Only_the_deploy_job_asks_for_more_than_reading_the_repository()
    {
        Assert.False(Map(Map(Workflow, "jobs"), "test").Children.ContainsKey("permissions"));
        var permissions = Map(Map(Map(Workflow, "jobs"), "deploy"), "permissions");
        Assert.Equal(["contents", "id-token", "pages"], permissions.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order());
    }

    [Theory]
    [InlineData("test")]
    [InlineData("deploy")]
    public void The_checkout_has_the_history_the_dates_come_from(string job)
    {
        var checkout = Steps(job).First(s => Has(s, "uses") && Scalar(s, "uses").StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", Scalar(Map(checkout, "with"), "fetch-depth"));
    }
}
