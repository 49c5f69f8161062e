using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Validation;

namespace SiteGen.Cli;

public static class CheckCommand
{
    public static int Run(string configPath, ReportFormat format, TextWriter stdout, TextWriter stderr, bool noCache = false)
    {
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;

        // A batch job, as `build` is (BuildCommand): the collector need not run beside the program.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        using var languages = I18n.Languages.Use(config.SiteLanguages);
        var diagnostics = new DiagnosticBag();
        var content = ContentStage.Run(root, config, diagnostics, Caching.Caches.Choose(noCache));
        Markup.Readings.ReadingsFile.Load(root, config.Content, diagnostics);
        var all = diagnostics.Sorted();
        var coverage = TranslationCoverage.Measure(content, config.SiteLanguages);
        var errors = all.Count(d => d.Severity == Severity.Error);
        var warnings = all.Count(d => d.Severity == Severity.Warning);

        switch (format)
        {
            case ReportFormat.Json:
                PrintJson(all, coverage, stdout);
                break;
            case ReportFormat.GitHub:
                Reporter.PrintGitHub(all, stdout);
                break;
            default:
                Reporter.PrintText(all, stderr);
                foreach (var c in coverage)
                {
                    if (c == coverage.First(f => f.Language == c.Language))
                        stdout.WriteLine($"Translation coverage ({c.Language.Name}):");
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.PlanSlug,-28} {c.Translated,4}/{c.Texts,-4} {c.Percent,5:0.0}%"));
                }
                break;
        }
        if (format != ReportFormat.Json)
            stdout.WriteLine($"Checked {Reporter.Count(content.Plans.Count, "plan")}, {Reporter.Count(content.Areas.Count, "area")}, " +
                             $"{Reporter.Count(content.Organisations.Count, "organisation")}: {Reporter.Count(errors, "error")}, {Reporter.Count(warnings, "warning")}.");
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>The report of `check --format json`: the diagnostics and the translation coverage.</summary>
    private static void PrintJson(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<TranslationCoverage.Coverage> coverage, TextWriter writer)
    {
        // Built as a JSON tree rather than serialised from anonymous objects by reflection: the program
        // may be compiled ahead of time, where that serializer does not exist. The same fields in the same order.
        JsonNode Entry(Diagnostic d) => new JsonObject
        {
            ["file"] = d.Location.File, ["line"] = d.Location.Line, ["column"] = d.Location.Column,
            ["field"] = d.Field, ["message"] = d.Message, ["hint"] = d.Hint,
        };
        var report = new JsonObject
        {
            ["errors"] = new JsonArray([.. diagnostics.Where(d => d.Severity == Severity.Error).Select(Entry)]),
            ["warnings"] = new JsonArray([.. diagnostics.Where(d => d.Severity == Severity.Warning).Select(Entry)]),
            ["translationCoverage"] = new JsonArray([.. coverage.Select(c => (JsonNode)new JsonObject
            {
                ["plan"] = c.PlanSlug, ["file"] = c.SourcePath, ["language"] = c.Language.Code, ["texts"] = c.Texts, ["translated"] = c.Translated,
            })]),
        };
        writer.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
