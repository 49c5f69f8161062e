using SiteGen.I18n;

namespace SiteGen.Model;

/// <summary>
/// Text that is written once per language: the Japanese text (required: it is the language of record) and its
/// translations by language code. A missing translation falls back to Japanese and is shown as such. Equal by value.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly ByLanguageCode<string> _translations;

    public LocalizedText(string ja, IEnumerable<KeyValuePair<string, string>>? translations = null)
    {
        Ja = ja;
        if (translations is not null) _translations = new(translations, static t => t.Key != Language.Ja.Code && !string.IsNullOrEmpty(t.Value));
    }

    /// <summary>A text with one translation, into the language of <paramref name="code"/>, or none when <paramref name="translation"/> is null.</summary>
    public LocalizedText(string ja, string code, string? translation)
        : this(ja, translation is null ? null : [new(code, translation)]) { }

    public string Ja { get; }

    /// <summary>The translations by language code, ordered by code.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Translations => _translations.Items;

    public string? Exact(Language language) => language == Language.Ja ? Ja : Exact(language.Code);

    public string? Exact(string code) => code == Language.Ja.Code ? Ja : _translations.TryGet(code, out var value) ? value : null;

    /// <summary>The text to show in <paramref name="language"/>, and the language it is really in.</summary>
    public Localized In(Language language)
    {
        var text = Exact(language);
        return string.IsNullOrWhiteSpace(text) ? new Localized(Ja, Language.Ja, language != Language.Ja) : new Localized(text, language, false);
    }

    public bool IsTranslated(Language language) => !string.IsNullOrWhiteSpace(Exact(language));

    /// <summary>The same text with <paramref name="map"/> applied to it in every language.</summary>
    public LocalizedText Select(Func<string, string> map) => new(map(Ja), _translations.Items.Select(t => new KeyValuePair<string, string>(t.Key, map(t.Value))));

    public bool Equals(LocalizedText? other) =>
        other is not null && Ja == other.Ja && _translations.Equals(other._translations);

    public override bool Equals(object? obj) => obj is LocalizedText other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Ja, StringComparer.Ordinal);
        _translations.AddTo(ref hash);
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
