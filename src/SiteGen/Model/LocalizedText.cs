using SiteGen.I18n;

namespace SiteGen.Model;

/// <summary>
/// Text that is written once per language. Japanese is required (it is the language of record);
/// a missing translation falls back to Japanese and is shown as such.
/// </summary>
public sealed record LocalizedText(string Ja, string? En)
{
    public static LocalizedText Same(string text) => new(text, text);

    public string? Exact(Language language) => language == Language.Ja ? Ja : En;

    /// <summary>The text to show in <paramref name="language"/>, and the language it is really in.</summary>
    public Localized In(Language language)
    {
        var text = Exact(language);
        return string.IsNullOrWhiteSpace(text) ? new Localized(Ja, Language.Ja, language != Language.Ja) : new Localized(text, language, false);
    }

    public bool IsTranslated(Language language) => !string.IsNullOrWhiteSpace(Exact(language));
}

/// <summary>A resolved text: what to print, which language it is in, and whether it is a fallback.</summary>
public readonly record struct Localized(string Text, Language Language, bool IsFallback)
{
    public override string ToString() => Text;
}
