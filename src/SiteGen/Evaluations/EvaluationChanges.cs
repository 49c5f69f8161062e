using SiteGen.Model;

namespace SiteGen.Evaluations;

public sealed record MarkChange(ActionItem Action, string? Old, string New);

/// <summary>A comment set (<paramref name="New"/>) or removed (null).</summary>
public sealed record CommentChange(ActionItem Action, LocalizedText? Old, LocalizedText? New);

/// <summary>The plan's `evaluated` date for the year: the latest of the sheet's dates (<paramref name="Distinct"/> of them).</summary>
public sealed record DateChange(PartialDate? Old, PartialDate New, int Distinct);

/// <summary>What the sheet changes in the plan for one year, compared with what the plan says now.</summary>
public sealed record EvaluationChanges(FiscalYear Year, IReadOnlyList<MarkChange> Marks, IReadOnlyList<CommentChange> Comments, DateChange? Date,
    IReadOnlyList<PartialDate> SheetDates)
{
    public bool IsEmpty => Marks.Count == 0 && Comments.Count == 0 && Date is null;

    public static EvaluationChanges Between(Plan plan, FiscalYear year, IReadOnlyList<SheetEntry> entries)
    {
        var marks = new List<MarkChange>();
        var comments = new List<CommentChange>();
        foreach (var entry in entries)
        {
            var action = entry.Action;
            var oldMark = action.Evaluations.TryGetValue(year, out var m) ? m : null;
            if (oldMark != entry.Mark) marks.Add(new MarkChange(action, oldMark, entry.Mark));
            var oldComment = action.EvaluationComments.TryGetValue(year, out var c) ? c : null;
            if (Comment(entry, oldComment) is var (changed, comment) && changed) comments.Add(new CommentChange(action, oldComment, comment));
        }
        var dates = entries.Select(e => e.Date).OfType<PartialDate>().Distinct().Order().ToList();
        var oldDate = plan.EvaluationDates.TryGetValue(year, out var d) ? d : null;
        var date = dates.Count > 0 && !Equals(dates[^1], oldDate) ? new DateChange(oldDate, dates[^1], dates.Count) : null;
        return new EvaluationChanges(year, marks, comments, date, dates);
    }

    /// <summary>
    /// The comment the row asks for, and whether that differs from the plan's. A sheet without the comment column
    /// leaves comments alone; an empty cell removes one. Without a language's column an unchanged Japanese comment
    /// keeps that translation, and a changed one loses it (it would translate the old words).
    /// </summary>
    private static (bool Changed, LocalizedText? Comment) Comment(SheetEntry entry, LocalizedText? old)
    {
        if (entry.CommentJa is null) return (false, old);
        if (entry.CommentJa.Length == 0) return (old is not null, null);
        var kept = old?.Ja == entry.CommentJa ? old.Translations.Where(t => !entry.Translations.ContainsKey(t.Key)) : [];
        var comment = new LocalizedText(entry.CommentJa, kept.Concat(entry.Translations));
        return (comment != old, comment);
    }
}
