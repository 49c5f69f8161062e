namespace SiteGen.I18n;

/// <summary>
/// The site's languages, in publishing order: Japanese is the language of record, English follows.
/// A closed set on purpose: every language needs UI strings, typography and a translation workflow.
/// </summary>
public enum Language { Ja, En }

public static class Languages
{
    public static readonly IReadOnlyList<Language> All = [Language.Ja, Language.En];

    public static Language Primary => Language.Ja;

    public static string Code(this Language language) => language switch
    {
        Language.Ja => "ja",
        Language.En => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public static bool TryParse(string code, out Language language)
    {
        foreach (var candidate in All)
        {
            if (candidate.Code() == code) { language = candidate; return true; }
        }
        language = default;
        return false;
    }

    public static string CodeList => string.Join(", ", All.Select(Code));
}
