using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Native;

/// <summary>
/// SiteGen compiled ahead of time (`dotnet publish src/SiteGen -c Release -r &lt;rid&gt; -p:PublishAot=true`), published
/// once for these tests (about a minute). A native program has no JIT, no reflection-based JSON and no
/// assembly loader: whatever would need them must either have been replaced (the built-in theme, the
/// compile-time JSON readers) or stop with a clear message. With SITEGEN_NATIVE_PROGRAM naming a program
/// already published from these sources (the workflow's, .github/scripts/publish-sitegen.sh), that one is tested.
/// </summary>
public sealed class NativeBuild : IDisposable
{
    private readonly TempFolder _temp = new();

    public NativeBuild()
    {
        if (Environment.GetEnvironmentVariable("SITEGEN_NATIVE_PROGRAM") is { Length: > 0 } given)
        {
            Program = given;
            Published = File.Exists(given);
            PublishLog = Published ? $"the program in SITEGEN_NATIVE_PROGRAM, {given}" : $"SITEGEN_NATIVE_PROGRAM names no file: {given}";
            return;
        }
        var output = _temp.Sub("native");
        var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(Repository.Root, "src", "SiteGen"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
             "-p:PublishAot=true", "-o", output, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var printed = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        if (!publish.WaitForExit(TimeSpan.FromMinutes(15))) publish.Kill(entireProcessTree: true);
        PublishLog = printed.Result + errors.Result;
        Program = Path.Combine(output, OperatingSystem.IsWindows() ? "SiteGen.exe" : "SiteGen");
        Published = publish.HasExited && publish.ExitCode == 0 && File.Exists(Program);
    }

    public bool Published { get; }
    public string PublishLog { get; }
    public string Program { get; }

    /// <summary>Runs the native program; its exit code and what it printed (both streams).</summary>
    public (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => _temp.Dispose();
}

public sealed class NativeBuildTests(NativeBuild native) : IClassFixture<NativeBuild>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_native_program_builds_the_sample_site_byte_for_byte_as_the_dotnet_program_does()
    {
        Assert.True(native.Published, native.PublishLog);
        var config = Repository.Config;

        var jit = TestCli.Run("build", "--config", config, "--output", _temp.Sub("jit"));
        Assert.True(jit.ExitCode == 0, jit.ToString());
        var (exit, stdout, stderr) = native.Run("build", "--config", config, "--output", _temp.Sub("native"));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");

        var expected = Files.Snapshot(_temp.Sub("jit"));
        Assert.True(expected.Count > 100, $"only {expected.Count} files");
        Files.AssertIdentical(expected, Files.Snapshot(_temp.Sub("native")));
    }

    [Fact]
    public void The_native_program_checks_and_reports_as_json_as_the_dotnet_program_does()
    {
        Assert.True(native.Published, native.PublishLog);
        var config = Repository.Config;

        var jit = TestCli.Run("check", "--config", config, "--format", "json");
        var (exit, stdout, _) = native.Run("check", "--config", config, "--format", "json");

        Assert.Equal(jit.ExitCode, exit);
        Assert.Equal(jit.Stdout, stdout);
        Assert.NotNull(JsonNode.Parse(stdout)!["translationCoverage"]);
    }

    [Fact]
    public void A_bad_config_is_reported_at_its_line_by_the_native_program_too()
    {
        Assert.True(native.Published, native.PublishLog);
        var config = Path.Combine(_temp.Sub("bad"), "site.config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, "{\n  \"title\": { \"ja\": \"t\", \"en\": \"t\" },\n  \"colour\": \"red\"\n}\n");

        var jit = TestCli.Run("check", "--config", config);
        var (exit, stdout, stderr) = native.Run("check", "--config", config);

        Assert.NotEqual(0, exit);
        Assert.Equal(jit.ExitCode, exit);
        Assert.Equal(jit.Stderr, stderr);
        Assert.Contains("site.config.json:3:", stderr, StringComparison.Ordinal);
        Assert.Equal(jit.Stdout, stdout);
    }

    [Fact]
    public void A_theme_template_stops_the_native_build_with_a_message_and_leaves_the_previous_site()
    {
        Assert.True(native.Published, native.PublishLog);
        var site = _temp.Sub("themed");
        var theme = Path.Combine(site, "themes", "mine");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "_Mark.cshtml"),
            File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "_Mark.cshtml")).Replace("class=\"mark\"", "class=\"mark mine\"", StringComparison.Ordinal));
        var config = Path.Combine(site, "site.config.json");
        File.WriteAllText(config, new JsonObject
        {
            ["title"] = new JsonObject { ["ja"] = "テスト", ["en"] = "Test" },
            ["content"] = Repository.Content,
            ["theme"] = "themes/mine",
        }.ToJsonString());
        var output = Path.Combine(site, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");

        var (exit, _, stderr) = native.Run("build", "--config", config, "--output", output);

        Assert.NotEqual(0, exit);
        Assert.Contains("_Mark.cshtml:1:1: template:", stderr, StringComparison.Ordinal);
        Assert.Contains("native build", stderr, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));

        // The same site builds with the .NET program, which compiles the theme's template.
        var jit = TestCli.Run("build", "--config", config, "--output", _temp.Sub("themed-jit"));
        Assert.True(jit.ExitCode == 0, jit.ToString());
    }
}
