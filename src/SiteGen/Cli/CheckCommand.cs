using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Validation;

namespace SiteGen.Cli;

public static class CheckCommand
{
    public static int Run(string configPath, TextWriter stdout, TextWriter stderr)
    {
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;

        var diagnostics = new DiagnosticBag();
        var content = ContentStage.Run(root, config, diagnostics);
        Reporter.Print(diagnostics.Sorted(), stderr);

        stdout.WriteLine("Translation coverage (English):");
        foreach (var c in TranslationCoverage.Measure(content))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.PlanSlug,-28} {c.Translated,4}/{c.Texts,-4} {c.Percent,5:0.0}%"));

        var errors = diagnostics.Errors.Count;
        var warnings = diagnostics.Warnings.Count;
        stdout.WriteLine($"Checked {Reporter.Count(content.Plans.Count, "plan")}, {Reporter.Count(content.Areas.Count, "area")}, " +
                         $"{Reporter.Count(content.Organisations.Count, "organisation")}: {Reporter.Count(errors, "error")}, {Reporter.Count(warnings, "warning")}.");
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
