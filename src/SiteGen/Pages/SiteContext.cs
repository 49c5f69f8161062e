using SiteGen.Addressing;
using SiteGen.Config;
using SiteGen.I18n;
using SiteGen.Markup;
using SiteGen.Markup.Phrases;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>What every page of one build shares: the content, the config, the strings, the addresses.</summary>
/// <param name="phrasing">How Japanese texts are parted into phrases: with the site's words (<see cref="Phrasing.For"/>), or BudouX's model alone.</param>
/// <param name="readings">The site's readings dictionary, whole: the words glossary terms are said in (<see cref="Pronunciation"/>).</param>
public sealed class SiteContext(SiteConfig config, SiteContent content, SiteUrls urls, IReadOnlyDictionary<Language, UiStrings> strings, Phrasing? phrasing = null,
    Markup.Readings.ReadingDictionary? readings = null)
{
    public SiteConfig Config { get; } = config;
    public SiteContent Content { get; } = content;
    public SiteUrls Urls { get; } = urls;
    public IReadOnlyDictionary<Language, UiStrings> Strings { get; } = strings;
    public MarkdownRenderer Markdown { get; } = new(urls.BasePath, phrasing);

    /// <summary>Japanese texts with a &lt;wbr&gt; between their phrases, each worked out once per build.</summary>
    public PhraseHtml Phrases { get; } = new(phrasing ?? Phrasing.Japanese, Html.Encoder);

    /// <summary>Japanese addresses with a &lt;wbr&gt; between their place names and before their lot number (<see cref="AddressBreaks"/>).</summary>
    public PhraseHtml Addresses { get; } = new(phrasing ?? Phrasing.Japanese, Html.Encoder, AddressBreaks.Find);

    /// <summary>Glossary terms as said: in Roman letters, and their readings in words; each worked out once per build.</summary>
    public Markup.Readings.Pronunciation.Said Pronounced(string term, string reading) =>
        _pronounced.GetOrAdd((term, reading), static (key, pronunciation) => pronunciation.Of(key.Term, key.Reading), _pronunciation);
    private readonly Markup.Readings.Pronunciation _pronunciation = new(readings ?? Markup.Readings.ReadingDictionary.Empty);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Term, string Reading), Markup.Readings.Pronunciation.Said> _pronounced = new();

    public LocalizedText Title { get; } = config.TitleText;
    /// <summary>The site's languages, Japanese first (site.config.json `languages`).</summary>
    public SiteLanguages Languages => Config.SiteLanguages;
    /// <summary>The day the pages are as of: `--as-of`, else today in Japan (UTC+9). The accessibility report's test date.</summary>
    public DateOnly AsOfDate { get; } = config.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
    /// <summary>The fiscal year pages say where plans stand in: of <see cref="AsOfDate"/>.</summary>
    public FiscalYear AsOf => FiscalYear.Of(AsOfDate);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Language, ValueList<Markup.TermLinks.TermIndex.Entry>> _siteTerms = new();

    /// <summary>
    /// The site glossary's terms as ※ links to their entries on the glossary page of <paramref name="language"/>: each
    /// term by its Japanese and its English words (a page shows Japanese where a text is not yet translated).
    /// </summary>
    public ValueList<Markup.TermLinks.TermIndex.Entry> SiteTermLinks(Language language) => _siteTerms.GetOrAdd(language, l =>
        Content.Glossary.Terms.SelectMany(t => TermLinkEntries(t, Urls.Page(l, "glossary/") + "#" + SiteGlossary.AnchorOf(t.Id))).ToValueList());

    /// <summary>The ways a term is written, each linked to <paramref name="href"/>.</summary>
    public static IEnumerable<Markup.TermLinks.TermIndex.Entry> TermLinkEntries(GlossaryTerm term, string href) =>
        term.Writings.Select(text => new Markup.TermLinks.TermIndex.Entry(text, term.Id, href));

    // A plan has a page per language and an embed view per language and goal, all made from the same
    // objects: the list is worked out once per plan (or area) and build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, IReadOnlyList<object>> _dependencies = new(ReferenceEqualityComparer.Instance);

    /// <summary>The objects the pages about <paramref name="subject"/> are made from, worked out once per build.</summary>
    public IReadOnlyList<object> DependenciesOf(object subject, Func<IReadOnlyList<object>> workOut) =>
        _dependencies.GetOrAdd(subject, _ => workOut());
}
