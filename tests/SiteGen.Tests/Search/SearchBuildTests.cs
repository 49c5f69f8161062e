using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The `search` setting of site.config.json and the indexing step of the build. The real Pagefind runs in
/// the browser tests (SearchTests); here small stand-in scripts play its part, so every way it can go
/// wrong is tried: not installed, failing, writing nothing.
/// </summary>
public class SearchBuildTests
{
    private const string Title = """ "title": { "ja": "テストサイト", "en": "Test site" } """;

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Problems) Load(string json)
    {
        using var site = TestSite.Empty(json);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.ConfigPath, "site.config.json", diagnostics);
        return (config, diagnostics.Sorted());
    }

    [Fact]
    public void Npm_s_wrapper_is_skipped_for_the_binary_it_would_run_and_kept_when_there_is_none()
    {
        // The wrapper is a Node.js script that starts the platform's binary with the same arguments;
        // starting the binary directly saves starting Node.js on every build.
        using var temp = new TempFolder();
        var bin = Directory.CreateDirectory(Path.Combine(temp.Container, "node_modules", ".bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "pagefind"), "#!/usr/bin/env node\n");
        var settings = new SearchSettings { Pagefind = "node_modules/.bin/pagefind" };

        var wrapperOnly = PagefindIndexer.Locate(temp.Container, settings, new DiagnosticBag());
        Assert.Equal(Path.Combine(bin, "pagefind"), wrapperOnly!.Command);

        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64";
        var package = Directory.CreateDirectory(Path.Combine(temp.Container, "node_modules", "@pagefind", $"{os}-{arch}", "bin")).FullName;
        var extension = OperatingSystem.IsWindows() ? ".exe" : "";
        File.WriteAllText(Path.Combine(package, "pagefind" + extension), "");
        File.WriteAllText(Path.Combine(package, "pagefind_extended" + extension), "");

        var native = PagefindIndexer.Locate(temp.Container, settings, new DiagnosticBag());
        // The extended binary, as the wrapper prefers it: it is the one that segments Japanese.
        Assert.Equal(Path.Combine(package, "pagefind_extended" + extension), native!.Command);
        Assert.Equal("node_modules/.bin/pagefind", native.Configured);

        // A command that is not npm's wrapper is run as configured.
        File.WriteAllText(Path.Combine(temp.Container, "my-pagefind"), "");
        Assert.Equal(Path.Combine(temp.Container, "my-pagefind"), PagefindIndexer.Locate(temp.Container, new SearchSettings { Pagefind = "my-pagefind" }, new DiagnosticBag())!.Command);
    }

    [Fact]
    public void Search_is_off_unless_the_config_names_pagefind()
    {
        var (config, problems) = Load("{" + Title + "}");
        Assert.Empty(problems);
        Assert.Null(config!.Search);
    }

    [Fact]
    public void The_pagefind_path_is_read_as_written()
    {
        var (config, problems) = Load("{" + Title + """, "search": { "pagefind": "tools/node_modules/.bin/pagefind" } }""");
        Assert.Empty(problems);
        Assert.Equal("tools/node_modules/.bin/pagefind", config!.Search!.Pagefind);
    }

    [Theory]
    [InlineData("""{ "pagefind": "" }""", "search.pagefind", "empty")]
    [InlineData("""{ }""", "search", "pagefind")]
    [InlineData("""{ "pagefind": "node_modules/.bin/pagefind", "ui": true }""", "search.ui", "ui")]
    public void A_wrong_search_setting_is_reported_with_its_field(string search, string field, string words)
    {
        var (config, problems) = Load("{" + Title + ", \"search\": " + search + " }");
        Assert.Null(config);
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(words, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("site.config.json", problem.Location.File);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void The_real_pagefind_indexes_every_searchable_page_of_the_repository_s_site_in_its_language()
    {
        using var temp = new TempFolder();
        var output = temp.Sub("_site");

        var result = TestCli.Run("build", "--config", Repository.ConfigWithSearch, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "pagefind", "pagefind.js")), "no pagefind/pagefind.js");
        var languages = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "pagefind", "pagefind-entry.json")))
            .RootElement.GetProperty("languages");
        foreach (var language in new[] { "ja", "en" })
        {
            var searchable = Directory.GetFiles(Path.Combine(output, language), "*.html", SearchOption.AllDirectories)
                .Count(page => File.ReadAllText(page).Contains("data-pagefind-body", StringComparison.Ordinal));
            Assert.True(searchable > 0, $"no {language} page is marked for the index");
            Assert.Equal(searchable, languages.GetProperty(language).GetProperty("page_count").GetInt32());
        }
    }

    [Fact]
    public void A_missing_pagefind_fails_the_build_saying_to_run_npm_ci_and_keeps_the_previous_site()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", "{" + Title + """, "search": { "pagefind": "node_modules/.bin/pagefind" } }""");
        var previous = Files.CreatePreviousOutput(site.OutputPath);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("site.config.json:1:1: search.pagefind: search is on, but Pagefind is not installed: node_modules/.bin/pagefind does not exist", error);
        Assert.Contains("run `npm ci` in " + site.Root, error);
        Files.AssertIdentical(previous, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }

    [Fact]
    public void Check_does_not_need_pagefind()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", "{" + Title + """, "search": { "pagefind": "node_modules/.bin/pagefind" } }""");
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_failing_indexer_fails_the_build_with_its_message_and_keeps_the_previous_site()
    {
        using var site = SiteWithIndexer("""
            echo "Error: the site folder could not be read" >&2
            exit 3
            """);
        var previous = Files.CreatePreviousOutput(site.OutputPath);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains("search.pagefind: Pagefind (fake-pagefind) failed with exit code 3: Error: the site folder could not be read", error);
        Files.AssertIdentical(previous, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
        Assert.Contains("left as it was", result.Stdout);
    }

    [Fact]
    public void An_indexer_that_writes_no_bundle_fails_the_build()
    {
        using var site = SiteWithIndexer("exit 0");
        var previous = Files.CreatePreviousOutput(site.OutputPath);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("wrote no pagefind/pagefind.js", Assert.Single(result.Errors));
        Files.AssertIdentical(previous, Files.Snapshot(site.OutputPath));
    }

    [Fact]
    public void The_indexer_runs_on_the_staged_site_before_it_replaces_the_output()
    {
        // The stand-in records its arguments and whether the pages were there, then writes a bundle.
        using var site = SiteWithIndexer("""
            printf '%s\n' "$@" > "$(dirname "$0")/arguments.txt"
            site="$2"
            test -f "$site/ja/plans/p/index.html" && test -f "$site/en/search/index.html" || exit 4
            mkdir -p "$site/pagefind" && echo "// bundle" > "$site/pagefind/pagefind.js"
            """);

        var result = site.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var arguments = File.ReadAllLines(Path.Combine(site.Root, "arguments.txt"));
        Assert.Equal("--site", arguments[0]);
        Assert.NotEqual(Path.GetFullPath(site.OutputPath), arguments[1]);
        Assert.Contains(".new-", Path.GetFileName(arguments[1]));
        Assert.Equal(["--output-subdir", "pagefind"], arguments[2..4]);
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "pagefind", "pagefind.js")));
        Assert.Empty(Files.StrayCopies(site.OutputPath));

        // Search pages exist in both languages, are linked from the navigation, and only the content pages are indexed.
        var search = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "search", "index.html"));
        Assert.Contains("data-bundle=\"/pagefind/\"", search);
        Assert.Contains("assets/search.js", search);
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "en", "search", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "assets", "search.js")));
        var plan = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "plans", "p", "index.html"));
        Assert.Contains("href=\"/ja/search/\"", plan);
        Assert.Contains("<main id=\"main\" tabindex=\"-1\" data-pagefind-body>", plan);
        Assert.DoesNotContain("data-pagefind-body", File.ReadAllText(Path.Combine(site.OutputPath, "ja", "index.html")));
        Assert.DoesNotContain("data-pagefind-body", search);
    }

    [Fact]
    public void Without_search_there_is_no_search_page_and_no_link_to_it()
    {
        using var site = TestSite.WithOnePlan();
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "ja", "search")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "pagefind")));
        Assert.DoesNotContain("/ja/search/", File.ReadAllText(Path.Combine(site.OutputPath, "ja", "index.html")));
    }

    /// <summary>A site with one plan whose search.pagefind is a shell script with the given body.</summary>
    private static TestSite SiteWithIndexer(string body)
    {
        var site = TestSite.WithOnePlan();
        site.Write("site.config.json", "{" + Title + """, "search": { "pagefind": "fake-pagefind" } }""");
        site.Write("fake-pagefind", "#!/bin/sh\n" + body.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(site.Root, "fake-pagefind"),
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        return site;
    }
}
