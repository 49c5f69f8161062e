
namespace SiteGen.Evaluations;

public enum EvaluationColumn { Number, Id, Title, Mark, Comment, CommentEn, Date }

/// <summary>
/// The columns of the evaluation sheet: the headers the export writes (Japanese, then English in brackets) and
/// the headers the import recognises (either language, either width, with or without the bracket).
/// </summary>
public static class EvaluationColumns
{
    public static readonly IReadOnlyList<(EvaluationColumn Column, string Header, double Width)> Export =
    [
        (EvaluationColumn.Number, "番号 (No.)", 9),
        (EvaluationColumn.Id, "ID", 16),
        (EvaluationColumn.Title, "取り組み (action)", 60),
        (EvaluationColumn.Mark, "評価 (mark)", 10),
        (EvaluationColumn.Comment, "コメント (comment)", 40),
        (EvaluationColumn.CommentEn, "コメント英語 (comment in English)", 40),
        (EvaluationColumn.Date, "公表日 (date published)", 14),
    ];

    public static string HeaderOf(EvaluationColumn column) => Export.First(c => c.Column == column).Header;

    private static readonly Dictionary<string, EvaluationColumn> Aliases = new(StringComparer.Ordinal)
    {
        ["番号"] = EvaluationColumn.Number, ["no"] = EvaluationColumn.Number, ["no."] = EvaluationColumn.Number, ["number"] = EvaluationColumn.Number,
        ["取組番号"] = EvaluationColumn.Number, ["取り組み番号"] = EvaluationColumn.Number,
        ["id"] = EvaluationColumn.Id,
        ["取り組み"] = EvaluationColumn.Title, ["取組"] = EvaluationColumn.Title, ["取組項目"] = EvaluationColumn.Title, ["action"] = EvaluationColumn.Title,
        ["title"] = EvaluationColumn.Title,
        ["評価"] = EvaluationColumn.Mark, ["mark"] = EvaluationColumn.Mark, ["記号"] = EvaluationColumn.Mark, ["evaluation"] = EvaluationColumn.Mark,
        ["コメント"] = EvaluationColumn.Comment, ["comment"] = EvaluationColumn.Comment, ["評価コメント"] = EvaluationColumn.Comment,
        ["コメント英語"] = EvaluationColumn.CommentEn, ["コメント(英語)"] = EvaluationColumn.CommentEn, ["commentinenglish"] = EvaluationColumn.CommentEn,
        ["comment(en)"] = EvaluationColumn.CommentEn, ["englishcomment"] = EvaluationColumn.CommentEn, ["comment_en"] = EvaluationColumn.CommentEn,
        ["公表日"] = EvaluationColumn.Date, ["日付"] = EvaluationColumn.Date, ["評価日"] = EvaluationColumn.Date, ["date"] = EvaluationColumn.Date,
        ["datepublished"] = EvaluationColumn.Date,
    };

    /// <summary>The column a header names, or null. `評価 (mark)`, `評価`, `mark`, `ＭＡＲＫ` are all the mark column.</summary>
    public static EvaluationColumn? Recognise(string header)
    {
        var text = Squeeze(header);
        if (text.Length == 0) return null;
        if (Aliases.TryGetValue(text, out var whole)) return whole;
        // `評価 (mark)`: the part before the bracket, else the part inside it.
        foreach (var part in text.Split('(', ')', '/', '・'))
            if (part.Length > 0 && Aliases.TryGetValue(part, out var column)) return column;
        return null;
    }

    /// <summary>Full-width letters and brackets made ASCII, lower case, without spaces or line breaks.</summary>
    private static string Squeeze(string header)
    {
        var text = Width.Narrow(header).ToLowerInvariant();
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
