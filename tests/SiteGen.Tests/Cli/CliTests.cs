using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The command line: exit codes scripts and CI rely on, help, and what `check` prints.</summary>
public class CliTests
{
    [Fact]
    public void Check_of_a_valid_site_exits_0()
    {
        using var site = TestSite.WithOnePlan();
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Checked 1 plan, 2 areas, 1 organisation: 0 errors", result.Stdout);
    }

    [Fact]
    public void Check_and_build_of_a_site_with_content_errors_exit_1()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith("sumary: {ja: 概要}"));
        Assert.Equal(1, site.Check().ExitCode);
        Assert.Equal(1, site.Build().ExitCode);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var result = TestCli.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("build", result.Stderr);
        Assert.Contains("check", result.Stderr);
    }

    [Theory]
    [InlineData("build", "--frobnicate")]
    [InlineData("check", "--outptu")]
    public void An_unknown_option_is_a_usage_error_naming_it(string command, string option)
    {
        using var site = TestSite.WithOnePlan();
        var before = Directory.Exists(site.OutputPath);

        var result = site.Run(command, option, "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr);
        Assert.StartsWith("error:", result.Stderr);
        Assert.Equal(before, Directory.Exists(site.OutputPath));
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var result = TestCli.Run("publish");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("publish", result.Stderr);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_missing_config_file_is_a_usage_error_naming_it(string command)
    {
        using var temp = new TempFolder();
        var missing = temp.Sub("nope.json");

        var result = TestCli.Run(command, "--config", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Stderr);
        Assert.Contains("does not exist", result.Stderr);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org")]
    [InlineData("javascript:alert(1)")]
    public void A_bad_base_url_is_a_usage_error_and_writes_nothing(string baseUrl)
    {
        using var site = TestSite.WithOnePlan();

        var result = site.Build(null, "--base-url", baseUrl);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"`{baseUrl}`", result.Stderr);
        Assert.Contains("https://", result.Stderr); // the hint shows a good form
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Theory]
    [InlineData("{\n  \"title\": { \"ja\": \"テスト\", \"en\": \"Test\" },\n  \"colour\": \"red\"\n}", "3", "colour")]
    [InlineData("{\n  \"title\": { \"ja\": \"テスト\" }\n}", @"\d+", "title.en")]
    [InlineData("{\n  \"title\": { \"ja\": \"テスト\", \"en\": \"Test\" },\n  \"baseUrl\": \"example.org\"\n}", @"\d+", "baseUrl")]
    public void A_bad_config_file_is_a_usage_error_reported_as_file_line_column_field(string config, string line, string field)
    {
        using var site = TestSite.Empty(config);

        var result = site.Check();

        Assert.Equal(2, result.ExitCode);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Matches(@"^site\.config\.json:" + line + @":\d+: " + Regex.Escape(field) + @": .+ \(hint: .+\)$", diagnostic);
    }

    [Theory]
    [InlineData(new[] { "--help" }, new[] { "build", "check" })]
    [InlineData(new[] { "-h" }, new[] { "build", "check" })]
    [InlineData(new[] { "build", "--help" }, new[] { "--config", "--output", "--base-url" })]
    [InlineData(new[] { "check", "--help" }, new[] { "--config" })]
    public void Help_is_printed_and_exits_0(string[] args, string[] mentions)
    {
        var result = TestCli.Run(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage", result.Stdout);
        foreach (var word in mentions) Assert.Contains(word, result.Stdout);
    }

    [Fact]
    public void Check_prints_translation_coverage_per_plan()
    {
        using var site = TestSite.Minimal();
        // full: title and narrative, both translated → 2/2. part: title translated, summary and narrative not → 1/3.
        site.Plan("full", BadInputs.PlanWith(), "The body.\n");
        site.Plan("part", BadInputs.PlanWith("summary: 日本語だけの概要"));

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+full\s+2/2\s+100\.0%$"));
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+part\s+1/3\s+33\.3%$"));
        Assert.Contains(result.Warnings, w => w.StartsWith("content/plans/part/index.md:1:1: warning: en: ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.StartsWith("content/plans/full/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_writes_into_the_output_given_and_leaves_no_staging_folder()
    {
        using var site = TestSite.WithOnePlan();
        using var temp = new TempFolder();
        var output = temp.Sub("public");
        Files.CreatePreviousOutput(output);

        var result = site.Build(output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "ja", "plans", "p", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "MARKER.txt")), "a file of the previous build survived: the output must be replaced, not merged");
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Container).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    public void Build_refuses_an_output_folder_that_would_replace_the_site_sources(string output)
    {
        using var site = TestSite.WithOnePlan();
        var sources = Files.Snapshot(Path.Combine(site.Root, "content"));
        var target = Path.GetFullPath(Path.Combine(site.Root, output));

        var result = site.Build(target);

        // Replacing the output folder must never delete the content or the config it was built from.
        Assert.True(File.Exists(site.ConfigPath), "build --output " + output + " deleted site.config.json\n" + result);
        Assert.True(Directory.Exists(Path.Combine(site.Root, "content")), "build --output " + output + " deleted the content folder\n" + result);
        Files.AssertIdentical(sources, Files.Snapshot(Path.Combine(site.Root, "content")));
        Assert.Equal(2, result.ExitCode);
    }
}
