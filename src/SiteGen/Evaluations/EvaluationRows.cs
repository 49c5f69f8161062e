using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>
/// One valid row of the sheet: the action it is for, its mark, its comment in each language and its date.
/// A comment is null (Japanese) or absent (a translation, by language code) when the sheet has no column for it,
/// and empty when the cell is.
/// </summary>
public sealed record SheetEntry(SheetRow Row, ActionItem Action, string Mark, string? CommentJa,
    IReadOnlyDictionary<string, string> Translations, PartialDate? Date);

/// <summary>What is wrong with one cell or row, where it is: `評価.xlsx!Sheet1!C7: …`.</summary>
public sealed record SheetProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>
/// Checks every row of the sheet against the plan and reads the valid ones: which action (by id, else by number as
/// printed), a mark of the plan's own scale, a date. Every problem is reported, not only the first.
/// </summary>
public sealed class EvaluationRows
{
    private readonly Plan _plan;
    private readonly FiscalYear _year;
    private readonly Sheet _sheet;
    private readonly List<SheetProblem> _problems = [];
    private readonly IReadOnlyList<string> _marks;
    private readonly EvaluationColumns _headers;

    private EvaluationRows(Plan plan, FiscalYear year, Sheet sheet, EvaluationColumns headers)
    {
        (_plan, _year, _sheet, _headers) = (plan, year, sheet, headers);
        _marks = plan.EvaluationScale?.Marks.Select(m => m.Symbol).ToList() ?? [];
    }

    /// <param name="headers">The site's columns: a comment column per translation language.</param>
    public static (IReadOnlyList<SheetEntry> Entries, IReadOnlyList<SheetProblem> Problems) Read(Plan plan, FiscalYear year, Sheet sheet, EvaluationColumns headers)
    {
        var reader = new EvaluationRows(plan, year, sheet, headers);
        var entries = reader.ReadAll();
        return (entries, reader._problems);
    }

    private List<SheetEntry> ReadAll()
    {
        var header = _sheet.Rows.FirstOrDefault(r => !r.IsBlank);
        if (header is null)
        {
            _problems.Add(new(_sheet.Source, "the sheet is empty: it needs a header row naming the columns, then one row per action"));
            return [];
        }
        if (Columns(header) is not { } columns) return [];

        var entries = new List<SheetEntry>();
        var seen = new Dictionary<ActionItem, SheetRow>();
        foreach (var row in _sheet.Rows.SkipWhile(r => r != header).Skip(1).Where(r => !r.IsBlank))
        {
            if (Entry(row, columns) is not { } entry) continue;
            if (seen.TryGetValue(entry.Action, out var first))
            {
                _problems.Add(new(_sheet.At(row), $"action {entry.Action.Number} ({entry.Action.Id}) is already in row {first.Number}; keep one row per action"));
                continue;
            }
            seen[entry.Action] = row;
            entries.Add(entry);
        }
        if (entries.Count == 0 && _problems.Count == 0)
            _problems.Add(new(_sheet.Source, "the sheet has a header row but no rows of actions under it"));
        return entries;
    }

    /// <summary>The columns the header names; null (with the problem reported) when the mark or the action cannot be found.</summary>
    private Dictionary<SheetColumn, int>? Columns(SheetRow header)
    {
        var columns = new Dictionary<SheetColumn, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (_headers.Recognise(header.Cells[i].Text) is not { } column) continue;
            if (columns.TryGetValue(column, out var first))
                _problems.Add(new(_sheet.At(header, i), $"a second column headed {_headers.HeaderOf(column)} (the first is column {Sheet.ColumnName(first)}); remove one of them"));
            else
                columns[column] = i;
        }
        var missing = new List<string>();
        if (!columns.ContainsKey(EvaluationColumn.Mark)) missing.Add(_headers.HeaderOf(EvaluationColumn.Mark));
        if (!columns.ContainsKey(EvaluationColumn.Id) && !columns.ContainsKey(EvaluationColumn.Number))
            missing.Add($"{_headers.HeaderOf(EvaluationColumn.Number)} or {_headers.HeaderOf(EvaluationColumn.Id)}");
        if (missing.Count == 0) return _problems.Count == 0 ? columns : null;
        _problems.Add(new(_sheet.At(header, 0),
            $"row {header.Number} is read as the header, but no column is headed {string.Join(" and none ", missing)}; " +
            $"the headers are: {string.Join(", ", _headers.Export.Select(c => c.Header))} (`sitegen export evaluations` writes a sheet to start from)"));
        return null;
    }

    private SheetEntry? Entry(SheetRow row, Dictionary<SheetColumn, int> columns)
    {
        var action = Action(row, columns);
        var mark = Mark(row, columns[EvaluationColumn.Mark]);
        var date = columns.TryGetValue(EvaluationColumn.Date, out var d) ? Date(row, d) : (true, null);
        if (action is null || mark is null || !date.Ok) return null;

        var ja = columns.TryGetValue(EvaluationColumn.Comment, out var c) ? Clean(row.Cell(c).Text) : null;
        var translations = columns.Where(p => p.Key.Kind == EvaluationColumn.Translation)
            .ToDictionary(p => p.Key.Code!, p => Clean(row.Cell(p.Value).Text), StringComparer.Ordinal);
        if (ja is not { Length: > 0 } && translations.FirstOrDefault(t => t.Value.Length > 0) is { Key: not null } orphan)
        {
            var at = columns[new SheetColumn(EvaluationColumn.Translation, orphan.Key)];
            _problems.Add(new(_sheet.At(row, ja is null ? at : c),
                $"the comment in {_headers.NameOf(orphan.Key)} has no Japanese comment beside it; write the Japanese comment too (Japanese is the language of record)"));
            return null;
        }
        return new SheetEntry(row, action, mark, ja, translations, date.Value);
    }

    private ActionItem? Action(SheetRow row, Dictionary<SheetColumn, int> columns)
    {
        // The id decides when it is there: Excel may have turned a number such as `1-1` into a date on the way.
        if (columns.TryGetValue(EvaluationColumn.Id, out var idColumn) && !row.Cell(idColumn).IsBlank)
        {
            var id = row.Cell(idColumn).Text.Trim();
            if (_plan.Actions.FirstOrDefault(a => a.Id == id) is { } byId) return byId;
            _problems.Add(new(_sheet.At(row, idColumn), $"there is no action with the id {id} in this plan{Nearest(id, _plan.Actions.Select(a => a.Id))}"));
            return null;
        }
        if (!columns.TryGetValue(EvaluationColumn.Number, out var numberColumn) || row.Cell(numberColumn).IsBlank)
        {
            _problems.Add(new(_sheet.At(row, columns.TryGetValue(EvaluationColumn.Number, out var n) ? n : idColumn),
                "the row names no action: write the action's number as printed in the plan, e.g. (1), or its id"));
            return null;
        }
        var cell = row.Cell(numberColumn);
        var matches = ActionsNumbered(cell);
        if (matches.Count == 1) return matches[0];
        _problems.Add(new(_sheet.At(row, numberColumn), matches.Count == 0
            ? $"there is no action numbered {Shown(cell)} in this plan; write the number as the plan prints it, e.g. {_plan.Actions.FirstOrDefault()?.Number}, or the action's id"
            : $"{matches.Count} actions are numbered {Shown(cell)} ({string.Join(", ", matches.Select(a => a.Id))}): write the id to say which"));
        return null;
    }

    /// <summary>
    /// Actions whose number is the cell's: as written, else with full-width digits and brackets made narrow (`（１）` is `(1)`).
    /// Excel reads a typed `(1)` as the negative number -1 (accountants' brackets), so -1 also finds `(1)`.
    /// </summary>
    private List<ActionItem> ActionsNumbered(SheetCell cell)
    {
        var text = cell.Text.Trim();
        var exact = _plan.Actions.Where(a => a.Number.Trim() == text).ToList();
        if (exact.Count > 0) return exact;
        var narrow = Narrow(text);
        if (cell.Number is { } n && n < 0 && n == Math.Floor(n)) narrow = $"({(-n).ToString(CultureInfo.InvariantCulture)})";
        return _plan.Actions.Where(a => Narrow(a.Number) == narrow).ToList();
    }

    /// <summary>The number as the row gives it, with what Excel made of a typed `(2)`.</summary>
    private static string Shown(SheetCell cell) =>
        cell.Number is { } n && n < 0 && n == Math.Floor(n) ? $"{cell.Text.Trim()} (Excel's form of ({-n}))" : cell.Text.Trim();

    private static string Narrow(string number) => string.Concat(Width.Narrow(number).Where(c => !char.IsWhiteSpace(c)));

    private string? Mark(SheetRow row, int column)
    {
        var mark = row.Cell(column).Text.Trim();
        var where = _sheet.At(row, column);
        if (mark.Length == 0)
        {
            _problems.Add(new(where, $"the mark is missing: write one of {MarkLookAlikes.Scale(_marks)}, or delete the row to leave this action without a mark for {_year.Year}"));
            return null;
        }
        if (_marks.Contains(mark)) return mark;
        var suggestions = MarkLookAlikes.Suggest(mark, _marks);
        var meant = suggestions.Count > 0
            ? $" — did you mean {string.Join(" or ", suggestions.Select(MarkLookAlikes.Describe))}?"
            : $"; write one of {string.Join(", ", _marks.Select(MarkLookAlikes.Describe))}";
        _problems.Add(new(where, $"mark {MarkLookAlikes.Describe(mark)} is not in this plan's scale {MarkLookAlikes.Scale(_marks)}{meant}"));
        return null;
    }

    private (bool Ok, PartialDate? Value) Date(SheetRow row, int column)
    {
        var cell = row.Cell(column);
        if (cell.IsBlank) return (true, null);
        var where = _sheet.At(row, column);
        if (SheetDates.Parse(cell) is not { } date)
        {
            _problems.Add(new(where, $"{cell.Text.Trim()} is not a date; write the day the evaluation was published as {_year.Year + 1}-06-30, {_year.Year + 1}/6/30 or {_year.Year + 1}-06"));
            return (false, null);
        }
        // As `check` sees it: a date that may lie before the fiscal year began cannot be its evaluation's.
        if ((date.Year, date.Month ?? 12, date.Day ?? 31).CompareTo((_year.Year, 4, 1)) < 0)
        {
            _problems.Add(new(where, $"{date.Iso} is before FY{_year.Year} began ({_year.Year}-04-01), so it cannot be when its evaluation was published; check the date, or --year"));
            return (false, null);
        }
        return (true, date);
    }

    /// <summary>A cell's text as a comment: no spaces around, line breaks as \n.</summary>
    private static string Clean(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    private static string Nearest(string id, IEnumerable<string> ids)
    {
        var close = ids.Where(i => i.Contains(id, StringComparison.Ordinal) || id.Contains(i, StringComparison.Ordinal)).Take(3).ToList();
        return close.Count > 0 ? $" (did you mean {string.Join(" or ", close)}?)" : "";
    }
}
