using SiteGen.I18n;

namespace SiteGen.Model;

/// <summary>
/// Text that is written once per language: the Japanese text (required: it is the language of record) and its
/// translations by language code. A missing translation falls back to Japanese and is shown as such. Equal by value.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private static readonly KeyValuePair<string, string>[] None = [];
    // Few languages per text: a small array, ordered by code, is smaller and faster than a dictionary.
    private readonly KeyValuePair<string, string>[] _translations;

    public LocalizedText(string ja, IEnumerable<KeyValuePair<string, string>>? translations = null)
    {
        Ja = ja;
        _translations = translations is null ? None : Ordered(translations);
    }

    /// <summary>A text with one translation, into the language of <paramref name="code"/>, or none when <paramref name="translation"/> is null.</summary>
    public LocalizedText(string ja, string code, string? translation)
    {
        Ja = ja;
        _translations = string.IsNullOrEmpty(translation) || code == Language.Ja.Code ? None : [new(code, translation)];
    }

    // Every text of every plan is made here: no LINQ, and an insertion sort, stable like OrderBy, for the two or three there are.
    private static KeyValuePair<string, string>[] Ordered(IEnumerable<KeyValuePair<string, string>> translations)
    {
        List<KeyValuePair<string, string>>? kept = null;
        foreach (var t in translations)
        {
            if (t.Key == Language.Ja.Code || string.IsNullOrEmpty(t.Value)) continue;
            kept ??= new List<KeyValuePair<string, string>>(2);
            var at = kept.Count;
            while (at > 0 && string.CompareOrdinal(kept[at - 1].Key, t.Key) > 0) at--;
            kept.Insert(at, t);
        }
        return kept is null ? None : [.. kept];
    }

    public string Ja { get; }

    /// <summary>The translations by language code, ordered by code.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Translations => _translations;

    public string? Exact(Language language) => language == Language.Ja ? Ja : Exact(language.Code);

    public string? Exact(string code)
    {
        if (code == Language.Ja.Code) return Ja;
        foreach (var (key, value) in _translations)
            if (key == code) return value;
        return null;
    }

    /// <summary>The text to show in <paramref name="language"/>, and the language it is really in.</summary>
    public Localized In(Language language)
    {
        var text = Exact(language);
        return string.IsNullOrWhiteSpace(text) ? new Localized(Ja, Language.Ja, language != Language.Ja) : new Localized(text, language, false);
    }

    public bool IsTranslated(Language language) => !string.IsNullOrWhiteSpace(Exact(language));

    /// <summary>The same text with <paramref name="map"/> applied to it in every language.</summary>
    public LocalizedText Select(Func<string, string> map) => new(map(Ja), _translations.Select(t => new KeyValuePair<string, string>(t.Key, map(t.Value))));

    public bool Equals(LocalizedText? other) =>
        other is not null && Ja == other.Ja && _translations.AsSpan().SequenceEqual(other._translations);

    public override bool Equals(object? obj) => obj is LocalizedText other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Ja, StringComparer.Ordinal);
        foreach (var (key, value) in _translations) { hash.Add(key); hash.Add(value); }
        return hash.ToHashCode();
    }

    public static bool operator ==(LocalizedText? a, LocalizedText? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(LocalizedText? a, LocalizedText? b) => !(a == b);

    public override string ToString() => Ja;
}

/// <summary>A resolved text: what to print, which language it is in, and whether it is a fallback.</summary>
public readonly record struct Localized(string Text, Language Language, bool IsFallback)
{
    public override string ToString() => Text;
}
