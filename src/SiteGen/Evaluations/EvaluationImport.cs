using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>
/// `import evaluations`: reads the sheet, checks every row against the plan, and writes the year's marks, comments
/// and date into the plan file as a minimal text edit, only when every row is valid and the edited plan still
/// passes `check`. Every refusal prints why and writes nothing.
/// </summary>
public sealed class EvaluationImport(string root, SiteConfig config, TextWriter stdout, TextWriter stderr)
{
    public const int Ok = 0, Refused = 1;

    public int Run(string slug, int year, string sheetPath, string? sheetName)
    {
        var before = SiteCheck.Run(root, config);
        if (EvaluationTarget.Find(before, slug, year, stderr) is not { } plan) return Refused;
        var fiscalYear = new FiscalYear(year);

        Sheet sheet;
        try
        {
            sheet = SheetFiles.Read(sheetPath, sheetName);
        }
        catch (SheetException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return Refused;
        }
        var (entries, problems) = EvaluationRows.Read(plan, fiscalYear, sheet, new EvaluationColumns(config.SiteLanguages));
        if (problems.Count > 0)
        {
            foreach (var problem in problems) stderr.WriteLine(problem);
            stderr.WriteLine($"Nothing was written: {Reporter.Count(problems.Count, "problem")} in {sheet.Source}. Fix them in the sheet and import it again.");
            return Refused;
        }

        var changes = EvaluationChanges.Between(plan, fiscalYear, entries);
        if (changes.IsEmpty)
        {
            stdout.WriteLine($"Nothing to change: the {Reporter.Count(entries.Count, "row")} of {sheet.Source} agree with {plan.SourcePath} for FY{year}; nothing was written.");
            return Ok;
        }
        return Write(plan, changes, sheet, before);
    }

    private int Write(Plan plan, EvaluationChanges changes, Sheet sheet, SiteCheck before)
    {
        var file = PlanFile.Read(Path.Combine(root, plan.SourcePath));
        string edited;
        try
        {
            var document = FrontMatterParser.Parse(plan.SourcePath, file.Text, new DiagnosticBag(), frontMatterRequired: true);
            var text = new FrontMatterText(file.Text, document.FrontMatter!, document.BodyFirstLine - 1);
            edited = PlanEdits.Apply(text, changes);
            if (TreeComparison.FirstDifference(document.FrontMatter!, FrontMatterParser.Parse(plan.SourcePath, edited, new DiagnosticBag(), true).FrontMatter
                    ?? new Content.Yaml.YamlMappingNode(1, 1)) is { } difference)
                throw new EditException($"the edit would also change `{difference}`");
        }
        catch (EditException e)
        {
            stderr.WriteLine($"error: {plan.SourcePath}: cannot add the evaluations there by itself: {e.Message}. Nothing was written; add them by hand (docs/authoring.md).");
            return Refused;
        }

        var after = SiteCheck.Run(root, config, (SiteCheck.Folder(plan), edited));
        var errors = after.Plan(plan.Slug) is { } checkedPlan ? after.Of(checkedPlan, Severity.Error) : after.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var mismatch = after.Plan(plan.Slug) is { } result ? Mismatch(result, changes) : "the plan no longer reads";
        if (errors.Count > 0 || mismatch is not null)
        {
            foreach (var error in errors) stderr.WriteLine(error);
            stderr.WriteLine($"error: with the sheet's evaluations {plan.SourcePath} would not pass `check`{(mismatch is null ? "" : $" ({mismatch})")}; nothing was written.");
            return Refused;
        }

        file.Write(edited);
        Summarise(plan, changes, sheet);
        var known = before.Of(plan, Severity.Warning).Select(d => (d.Field, d.Message)).ToHashSet();
        foreach (var warning in after.Of(after.Plan(plan.Slug)!, Severity.Warning).Where(d => !known.Contains((d.Field, d.Message))))
            stderr.WriteLine(warning);
        return Ok;
    }

    /// <summary>What the re-read plan says differently from what the changes asked for, or null.</summary>
    private static string? Mismatch(Plan plan, EvaluationChanges changes)
    {
        var year = changes.Year;
        foreach (var change in changes.Marks)
            if (plan.Actions.FirstOrDefault(a => a.Id == change.Action.Id) is not { } a || !a.Evaluations.TryGetValue(year, out var mark) || mark != change.New)
                return $"the mark of {change.Action.Id} did not read back as {change.New}";
        foreach (var change in changes.Comments)
        {
            var action = plan.Actions.First(a => a.Id == change.Action.Id);
            var comment = action.EvaluationComments.TryGetValue(year, out var c) ? c : null;
            if (comment != change.New) return $"the comment of {change.Action.Id} did not read back as written";
        }
        if (changes.Date is { } date && (!plan.EvaluationDates.TryGetValue(year, out var d) || !Equals(d, date.New)))
            return $"`evaluated` did not read back as {date.New.Iso}";
        return null;
    }

    private void Summarise(Plan plan, EvaluationChanges changes, Sheet sheet)
    {
        var year = changes.Year;
        stdout.WriteLine($"{plan.Slug}, {year.EraName} (FY{year.Year}), from {sheet.Source}:");
        var added = changes.Marks.Where(m => m.Old is null).ToList();
        var changed = changes.Marks.Where(m => m.Old is not null).ToList();
        if (changes.Marks.Count > 0)
            stdout.WriteLine($"  marks: {added.Count} added, {changed.Count} changed" +
                             (changed.Count > 0 ? ": " + string.Join(", ", changed.Select(m => $"{m.Action.Number} {m.Old} → {m.New}")) : ""));
        if (changes.Comments.Count > 0)
            stdout.WriteLine($"  comments: {changes.Comments.Count(c => c.New is not null && c.Old is null)} added, " +
                             $"{changes.Comments.Count(c => c.New is not null && c.Old is not null)} changed, {changes.Comments.Count(c => c.New is null)} removed");
        if (changes.Date is { } date)
            stdout.WriteLine($"  evaluated: {date.New.Iso}" + (date.Old is null ? "" : $" (was {date.Old.Iso})") +
                             (date.Distinct > 1 ? $"; the sheet gives {date.Distinct} different dates ({string.Join(", ", changes.SheetDates.Select(d => d.Iso))}): the latest is used" : ""));
        stdout.WriteLine($"Wrote {plan.SourcePath}. `sitegen build` shows it on the site.");
    }
}
