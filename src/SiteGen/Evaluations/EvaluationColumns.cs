using SiteGen.I18n;

namespace SiteGen.Evaluations;

public enum EvaluationColumn { Number, Id, Title, Mark, Comment, Translation, Date }

/// <summary>A column of the sheet: its kind, and for a translated comment the language's code.</summary>
public readonly record struct SheetColumn(EvaluationColumn Kind, string? Code = null)
{
    public static implicit operator SheetColumn(EvaluationColumn kind) => new(kind);
}

/// <summary>
/// The columns of the evaluation sheet for a site's languages: the headers the export writes (Japanese, then English in
/// brackets; a comment column per translation) and the headers the import recognises (either language, either width,
/// with or without the bracket).
/// </summary>
public sealed class EvaluationColumns
{
    private static readonly Dictionary<string, EvaluationColumn> Aliases = new(StringComparer.Ordinal)
    {
        ["番号"] = EvaluationColumn.Number, ["no"] = EvaluationColumn.Number, ["no."] = EvaluationColumn.Number, ["number"] = EvaluationColumn.Number,
        ["取組番号"] = EvaluationColumn.Number, ["取り組み番号"] = EvaluationColumn.Number,
        ["id"] = EvaluationColumn.Id,
        ["取り組み"] = EvaluationColumn.Title, ["取組"] = EvaluationColumn.Title, ["取組項目"] = EvaluationColumn.Title, ["action"] = EvaluationColumn.Title,
        ["title"] = EvaluationColumn.Title,
        ["評価"] = EvaluationColumn.Mark, ["mark"] = EvaluationColumn.Mark, ["記号"] = EvaluationColumn.Mark, ["evaluation"] = EvaluationColumn.Mark,
        ["コメント"] = EvaluationColumn.Comment, ["comment"] = EvaluationColumn.Comment, ["評価コメント"] = EvaluationColumn.Comment,
        ["公表日"] = EvaluationColumn.Date, ["日付"] = EvaluationColumn.Date, ["評価日"] = EvaluationColumn.Date, ["date"] = EvaluationColumn.Date,
        ["datepublished"] = EvaluationColumn.Date,
    };

    // Headers staff write for an English comment in Japanese; any translation is also known by its code and its name.
    private static readonly Dictionary<string, string[]> NamesByCode = new(StringComparer.Ordinal)
    {
        ["en"] = ["コメント英語", "英語コメント", "コメント(英語)", "englishcomment"],
    };

    private readonly Dictionary<string, string> _translations = new(StringComparer.Ordinal);
    private readonly SiteLanguages _languages;

    public EvaluationColumns(SiteLanguages languages)
    {
        _languages = languages;
        var translations = languages.Translations.ToList();
        Export =
        [
            (EvaluationColumn.Number, "番号 (No.)", 9),
            (EvaluationColumn.Id, "ID", 16),
            (EvaluationColumn.Title, "取り組み (action)", 60),
            (EvaluationColumn.Mark, "評価 (mark)", 10),
            (EvaluationColumn.Comment, "コメント (comment)", 40),
            .. translations.Select(l => (new SheetColumn(EvaluationColumn.Translation, l.Code), HeaderIn(l), 40.0)),
            (EvaluationColumn.Date, "公表日 (date published)", 14),
        ];
        foreach (var language in translations)
        {
            var name = Squeeze(language.Name);
            string[] names = [Squeeze(HeaderIn(language)), $"comment_{language.Code.ToLowerInvariant()}", $"comment({language.Code.ToLowerInvariant()})",
                $"commentin{name}", $"コメント({name})", $"{name}comment", .. NamesByCode.GetValueOrDefault(language.Code) ?? []];
            foreach (var alias in names) _translations.TryAdd(alias, language.Code);
        }
    }

    /// <summary>`コメント英語 (comment in English)`, `コメント（Tiếng Việt） (comment in Tiếng Việt)`.</summary>
    private static string HeaderIn(Language language) =>
        NamesByCode.TryGetValue(language.Code, out var names) ? $"{names[0]} (comment in {language.Name})" : $"コメント（{language.Name}） (comment in {language.Name})";

    /// <summary>The columns in the order the export writes them, with their headers and widths.</summary>
    public IReadOnlyList<(SheetColumn Column, string Header, double Width)> Export { get; }

    /// <summary>The name of the language of <paramref name="code"/> in itself (English, Tiếng Việt).</summary>
    public string NameOf(string code) => _languages[code].Name;

    public string HeaderOf(SheetColumn column) => Export.First(c => c.Column == column).Header;

    /// <summary>The column a header names, or null. `評価 (mark)`, `評価`, `mark`, `ＭＡＲＫ` are all the mark column.</summary>
    public SheetColumn? Recognise(string header)
    {
        var text = Squeeze(header);
        if (text.Length == 0) return null;
        if (Known(text) is { } whole) return whole;
        // `評価 (mark)`: the part before the bracket, else the part inside it; a translation's name before the plain `コメント`.
        var parts = text.Split('(', ')', '/', '・').Where(p => p.Length > 0).ToList();
        foreach (var part in parts)
            if (_translations.TryGetValue(part, out var code)) return new SheetColumn(EvaluationColumn.Translation, code);
        foreach (var part in parts)
            if (Aliases.TryGetValue(part, out var column)) return column;
        return null;
    }

    private SheetColumn? Known(string text) =>
        _translations.TryGetValue(text, out var code) ? new SheetColumn(EvaluationColumn.Translation, code)
        : Aliases.TryGetValue(text, out var column) ? column : null;

    /// <summary>Full-width letters and brackets made ASCII, lower case, without spaces or line breaks.</summary>
    private static string Squeeze(string header)
    {
        var text = Width.Narrow(header).ToLowerInvariant();
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
