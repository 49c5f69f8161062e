using System.CommandLine;
using SiteGen.Evaluations;

namespace SiteGen.Cli;

/// <summary>`import evaluations` and `export evaluations`: a plan's yearly evaluation to and from a spreadsheet.</summary>
public static class EvaluationsCommand
{
    /// <summary>The `import` and `export` verbs, each with its `evaluations` command.</summary>
    public static (Command Import, Command Export) Declare(TextWriter stdout, TextWriter stderr)
    {
        var config = new Option<string>("--config") { Description = "The site configuration file.", DefaultValueFactory = _ => "site.config.json", Recursive = true };
        var plan = new Option<string>("--plan") { Description = "The plan's slug (its folder under content/plans/), e.g. kashiwa-4th-midterm.", Required = true };
        var year = new Option<int>("--year") { Description = "The fiscal year evaluated, as a Western year: 令和3年度 is 2021.", Required = true };
        year.Validators.Add(y =>
        {
            if (y.GetValueOrDefault<int>() is < 1900 or > 2200) y.AddError("--year must be a Western year such as 2021 (令和3年度 is 2021)");
        });

        var importFile = new Argument<string>("file") { Description = "The filled-in sheet: .xlsx (Excel workbook) or .csv (UTF-8 or Shift_JIS)." };
        var sheet = new Option<string?>("--sheet") { Description = "The sheet of the workbook to read (default: the first)." };
        var import = new Command("evaluations",
            "Write one year's marks, comments and date from a sheet into the plan file. Every row is checked first; nothing is written unless all are valid.")
        {
            plan, year, sheet, importFile,
        };
        import.SetAction(result => Site(result.GetValue(config)!, stderr, (root, siteConfig) =>
            new EvaluationImport(root, siteConfig, stdout, stderr).Run(result.GetValue(plan)!, result.GetValue(year), result.GetValue(importFile)!, result.GetValue(sheet))));

        var exportFile = new Argument<string>("file") { Description = "Where to write the sheet: .xlsx (with the plan's marks as a drop-down) or .csv (UTF-8 for Excel)." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var export = new Command("evaluations",
            "Write the sheet to fill in for one year: one row per action with its number, id, title, mark, comment and date, as the import reads them.")
        {
            plan, year, force, exportFile,
        };
        export.SetAction(result => Site(result.GetValue(config)!, stderr, (root, siteConfig) =>
            new EvaluationExport(root, siteConfig, stdout, stderr).Run(result.GetValue(plan)!, result.GetValue(year), result.GetValue(exportFile)!, result.GetValue(force))));

        return (new Command("import", "Bring data from a spreadsheet into the content: `import evaluations`.") { config, import },
                new Command("export", "Write a spreadsheet from the content, to fill in and import: `export evaluations`.") { config, export });
    }

    private static int Site(string configPath, TextWriter stderr, Func<string, Config.SiteConfig, int> run)
    {
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        return config is null ? exit : run(root, config);
    }
}
