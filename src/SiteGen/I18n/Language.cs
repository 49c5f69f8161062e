namespace SiteGen.I18n;

/// <summary>
/// How a language is written: the only thing about a language the code branches on. A new language is a code,
/// a strings file and one of these; never a new branch in the code.
/// </summary>
public enum Writing
{
    /// <summary>Japanese (ja, ja-x-easy): furigana, phrase line breaks, 五十音 order, 和暦 years, full-width 「：」「（）」「、」, no spaces.</summary>
    Japanese,
    /// <summary>Chinese (zh-Hans, zh-Hant): full-width punctuation and no spaces between words, Western years.</summary>
    Chinese,
    /// <summary>A Latin-script language (en, vi, pt): ASCII punctuation with spaces, Western years and dates.</summary>
    Latin,
}

/// <summary>
/// One of the site's languages: its code (BCP 47, as in hreflang and the URL) and how it is written.
/// Equal by code. Japanese is the language of record and always the site's first language.
/// </summary>
public sealed class Language : IEquatable<Language>
{
    public Language(string code, Writing writing, string locale, string name)
    {
        Code = code;
        Writing = writing;
        Locale = locale;
        Name = name;
    }

    /// <summary>The code in content (`vi:`), URLs (/vi/), file names (index.vi.md) and `lang`.</summary>
    public string Code { get; }
    public Writing Writing { get; }
    /// <summary>The Open Graph locale (ja_JP, en_US, vi_VN).</summary>
    public string Locale { get; }
    /// <summary>The language's name in itself (日本語, English, Tiếng Việt): labels of the editor's fields.</summary>
    public string Name { get; }

    /// <summary>Japanese, the language every plan is written in; its texts are required, the others are translations.</summary>
    public static readonly Language Ja = new("ja", Writing.Japanese, "ja_JP", "日本語");

    /// <summary>Written in Japanese script: furigana, phrase breaks, 五十音 order, 和暦 years and the Japanese notation rules apply.</summary>
    public bool IsJapanese => Writing == Writing.Japanese;

    /// <summary>Full-width punctuation without spaces between words (基本理念：, 1,150件), rather than ": " and " (".</summary>
    public bool WidePunctuation => Writing is Writing.Japanese or Writing.Chinese;

    /// <summary>Lines of a text are joined without a space (East Asian line breaks), rather than with one.</summary>
    public bool JoinsLinesWithoutSpace => WidePunctuation;

    public string Colon => WidePunctuation ? "：" : ": ";
    public string ListSeparator => WidePunctuation ? "、" : ", ";
    public string OpenBracket => WidePunctuation ? "（" : " (";
    public string CloseBracket => WidePunctuation ? "）" : ")";
    /// <summary>Between a plan's title and its document kind: 第4期柏市地域健康福祉活動計画 中間見直し版, "…Activity Plan, mid-term review edition".</summary>
    public string BeforeDocumentKind => WidePunctuation ? " " : ", ";

    public bool Equals(Language? other) => other is not null && other.Code == Code;
    public override bool Equals(object? obj) => obj is Language other && Equals(other);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);
    public static bool operator ==(Language? a, Language? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Language? a, Language? b) => !(a == b);
    public override string ToString() => Code;
}

/// <summary>The languages a site is published in, from site.config.json: Japanese first, then its translations.</summary>
public sealed class SiteLanguages
{
    public SiteLanguages(IReadOnlyList<Language> all)
    {
        if (all.Count == 0 || all[0] != Language.Ja) throw new ArgumentException("Japanese must be the first language", nameof(all));
        All = all;
    }

    /// <summary>ja and en: a site whose config names no languages.</summary>
    public static readonly SiteLanguages Default = new([Language.Ja, new Language("en", Writing.Latin, "en_US", "English")]);

    public IReadOnlyList<Language> All { get; }
    public Language Primary => All[0];
    /// <summary>Every language but Japanese: the ones a text is translated into.</summary>
    public IEnumerable<Language> Translations => All.Skip(1);

    public bool TryParse(string code, out Language language)
    {
        foreach (var candidate in All)
        {
            if (candidate.Code == code) { language = candidate; return true; }
        }
        language = Primary;
        return false;
    }

    public Language this[string code] => TryParse(code, out var language) ? language : throw new KeyNotFoundException($"`{code}` is not a language of this site");

    public string CodeList => string.Join(", ", All.Select(l => l.Code));
}

/// <summary>
/// The languages of the build in progress. Ambient because the content declaration (field types, open-data columns)
/// is static and shared by every build, while the languages are a setting of each site; a build sets them once.
/// </summary>
public static class Languages
{
    private static readonly AsyncLocal<SiteLanguages?> Scoped = new();

    public static SiteLanguages Current => Scoped.Value ?? SiteLanguages.Default;
    public static IReadOnlyList<Language> All => Current.All;
    public static Language Primary => Language.Ja;
    public static string CodeList => Current.CodeList;
    public static bool TryParse(string code, out Language language) => Current.TryParse(code, out language);

    /// <summary>Makes <paramref name="languages"/> the current ones for this flow of work and the tasks it starts, until disposed.</summary>
    public static IDisposable Use(SiteLanguages languages)
    {
        var previous = Scoped.Value;
        Scoped.Value = languages;
        return new Restore(() => Scoped.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
