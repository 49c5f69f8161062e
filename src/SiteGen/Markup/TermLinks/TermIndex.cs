namespace SiteGen.Markup.TermLinks;

/// <summary>
/// The terms a page's texts may mark with ※, and where each one's entry is: a plan's own glossary section
/// (<c>#term-…</c>) or the site glossary page. Handed to one Markdown render through Markdig's parser context
/// (<see cref="PropertyKey"/>), never through a static, so pages rendered at once on other threads cannot mix.
/// </summary>
public sealed class TermIndex
{
    /// <summary>The key of the index in <see cref="Markdig.Parsers.MarkdownParserContext.Properties"/>.</summary>
    public static readonly object PropertyKey = typeof(TermIndex);

    /// <summary>One way a term is written (its Japanese or its English), with the id and address of its entry.</summary>
    public sealed record Entry(string Text, string Id, string Href);

    private readonly Entry[] _entries;

    /// <param name="entries">Earlier entries win over later ones of the same text: a plan's own terms come before the site's.</param>
    /// <param name="hint">Words for screen readers after the term inside its link (「（用語解説）」, " (glossary)").</param>
    public TermIndex(IEnumerable<Entry> entries, string hint)
    {
        // Longest first, so 民生委員・児童委員※ links the whole term, not 児童委員; a stable sort keeps the given order among equals.
        _entries = [.. entries.Where(e => e.Text.Length > 0).OrderByDescending(e => e.Text.Length)];
        Hint = hint;
    }

    public string Hint { get; }
    public bool IsEmpty => _entries.Length == 0;

    /// <summary>
    /// The mark at the start of <paramref name="text"/> and its length: ※ (1), or （※） and (※) as the seeds write
    /// it after a term (地域力（※）); 0 when there is none.
    /// </summary>
    public static int MarkAt(ReadOnlySpan<char> text) =>
        text.StartsWith("※") ? 1 : text.StartsWith("（※）") || text.StartsWith("(※)") ? 3 : 0;

    /// <summary>
    /// The term that <paramref name="text"/> ends with, the longest first; case and width do not matter. A Latin term
    /// must start a word: "social resources※" is found in "informal social resources※", not in "antisocial resources※".
    /// </summary>
    public Entry? EndOf(ReadOnlySpan<char> text)
    {
        foreach (var entry in _entries)
        {
            if (!EndsWith(text, entry.Text)) continue;
            var start = text.Length - entry.Text.Length;
            if (start > 0 && char.IsAsciiLetterOrDigit(Fold(text[start - 1])) && char.IsAsciiLetterOrDigit(Fold(entry.Text[0]))) continue;
            return entry;
        }
        return null;
    }

    /// <summary>Ordinal, but Latin letters in any case and full-width letters and digits as their ASCII ones (８０５０問題 is 8050問題).</summary>
    private static bool EndsWith(ReadOnlySpan<char> text, string term)
    {
        if (term.Length > text.Length) return false;
        var offset = text.Length - term.Length;
        for (var i = 0; i < term.Length; i++)
            if (Fold(text[offset + i]) != Fold(term[i])) return false;
        return true;
    }

    private static char Fold(char c) => char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);

    /// <summary>Where the term before a mark ends: before the spaces that part it from an opening bracket ("community strength (※)").</summary>
    public static int TermEnd(ReadOnlySpan<char> before, int markLength) =>
        markLength > 1 ? before.TrimEnd(' ').Length : before.Length;

    /// <summary>Whether any term of the index is marked in <paramref name="text"/>: texts without one need not go through Markdown.</summary>
    public bool MarksAny(string text)
    {
        if (_entries.Length == 0) return false;
        for (var i = text.IndexOf('※'); i >= 0; i = text.IndexOf('※', i + 1))
        {
            var start = i > 0 && text[i - 1] is '（' or '(' ? i - 1 : i;
            if (MarkAt(text.AsSpan(start)) == 0) continue;
            var before = text.AsSpan(0, start);
            if (EndOf(before[..TermEnd(before, start == i ? 1 : 3)]) is not null) return true;
        }
        return false;
    }
}
