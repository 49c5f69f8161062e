using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Markup.Ruby;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>
/// `export evaluations`: the sheet staff fill in for one year, one row per action in the plan's order, with the
/// columns the import reads and what the plan says now (so an untouched sheet imports as no change).
/// </summary>
public sealed class EvaluationExport(string root, SiteConfig config, TextWriter stdout, TextWriter stderr)
{
    public int Run(string slug, int year, string path, bool force)
    {
        var xlsx = SheetFiles.IsXlsx(path);
        if (!xlsx && !SheetFiles.IsCsv(path))
        {
            stderr.WriteLine("error: " + SheetFiles.UnsupportedMessage(path));
            return EvaluationImport.Refused;
        }
        if (File.Exists(path) && !force)
        {
            stderr.WriteLine($"error: {path} already exists (perhaps a sheet being filled in); choose another name, or add --force to replace it");
            return EvaluationImport.Refused;
        }
        var site = SiteCheck.Run(root, config);
        if (EvaluationTarget.Find(site, slug, year, stderr) is not { } plan) return EvaluationImport.Refused;

        var fiscalYear = new FiscalYear(year);
        var columns = new EvaluationColumns(config.SiteLanguages);
        var rows = plan.Actions.Select(a => Row(columns, plan, a, fiscalYear)).ToList();
        var headers = columns.Export.Select(c => c.Header).ToList();
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            if (xlsx) XlsxWriter.Write(path, Layout(columns, plan, headers), rows);
            else CsvSheet.Write(path, [headers, .. rows]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {path} cannot be written: {e.Message}");
            return EvaluationImport.Refused;
        }
        var marked = plan.Actions.Count(a => a.Evaluations.ContainsKey(fiscalYear));
        stdout.WriteLine($"Wrote {path}: {Reporter.Count(rows.Count, "action")} of {plan.Slug} for {fiscalYear.EraName} (FY{year}), {marked} with a mark already.");
        stdout.WriteLine($"Fill in the mark ({MarkLookAlikes.Scale(plan.EvaluationScale!.Marks.Select(m => m.Symbol).ToList())}), a comment if any and the date the evaluation is published, then:");
        stdout.WriteLine($"  sitegen import evaluations --plan {plan.Slug} --year {year} {path}");
        return EvaluationImport.Ok;
    }

    private static List<string> Row(EvaluationColumns columns, Plan plan, ActionItem action, FiscalYear year)
    {
        var comment = action.EvaluationComments.TryGetValue(year, out var c) ? c : null;
        var date = plan.EvaluationDates.TryGetValue(year, out var d) ? d.Iso : "";
        return columns.Export.Select(column => column.Column.Kind switch
        {
            EvaluationColumn.Number => action.Number,
            EvaluationColumn.Id => action.Id,
            EvaluationColumn.Title => RubyText.Strip(action.Title.Ja),
            EvaluationColumn.Mark => action.Evaluations.TryGetValue(year, out var mark) ? mark : "",
            EvaluationColumn.Comment => comment?.Ja ?? "",
            EvaluationColumn.Translation => comment?.Exact(column.Column.Code!) ?? "",
            EvaluationColumn.Date => date,
            _ => "",
        }).ToList();
    }

    private static XlsxWriter.Layout Layout(EvaluationColumns columns, Plan plan, IReadOnlyList<string> headers)
    {
        var marks = plan.EvaluationScale!.Marks;
        return new XlsxWriter.Layout("評価", headers, columns.Export.Select(c => c.Width).ToList(),
            columns.Export.Select(c => c.Column).ToList().IndexOf(EvaluationColumn.Mark),
            marks.Select(m => m.Symbol).ToList(),
            string.Join("\n", marks.Select(m => $"{m.Symbol} {m.Label.Ja}")));
    }
}
