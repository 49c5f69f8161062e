using System.Globalization;
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
        var diagnostics = new DiagnosticBag();
        var content = ContentStage.Run(root, config, diagnostics, Caching.Caches.Choose(noCache));
        Markup.Readings.ReadingsFile.Load(root, config.Content, diagnostics);
        var all = diagnostics.Sorted();
        var coverage = TranslationCoverage.Measure(content);
        var errors = all.Count(d => d.Severity == Severity.Error);
        var warnings = all.Count(d => d.Severity == Severity.Warning);

        switch (format)
        {
            case ReportFormat.Json:
                Reporter.PrintJson(all, coverage, stdout);
                break;
            case ReportFormat.GitHub:
                Reporter.PrintGitHub(all, stdout);
                break;
            default:
                Reporter.PrintText(all, stderr);
                stdout.WriteLine("Translation coverage (English):");
                foreach (var c in coverage)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.PlanSlug,-28} {c.Translated,4}/{c.Texts,-4} {c.Percent,5:0.0}%"));
                break;
        }
        if (format != ReportFormat.Json)
            stdout.WriteLine($"Checked {Reporter.Count(content.Plans.Count, "plan")}, {Reporter.Count(content.Areas.Count, "area")}, " +
                             $"{Reporter.Count(content.Organisations.Count, "organisation")}: {Reporter.Count(errors, "error")}, {Reporter.Count(warnings, "warning")}.");
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
