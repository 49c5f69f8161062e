using System.Globalization;
using Microsoft.AspNetCore.Html;
using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Markup;
using SiteGen.Markup.EastAsianLineBreaks;
using SiteGen.Markup.Phrases;
using SiteGen.Markup.Ruby;
using SiteGen.Markup.TermLinks;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>Where a page's oEmbed response is, and the title it is announced by.</summary>
public sealed record OEmbedLink(string Href, string Title);

/// <summary>
/// What the layout of every page needs, and the helpers templates use to print content in the
/// page's language. A text missing in English is printed in Japanese, marked lang="ja" and flagged
/// "not yet translated", and the page then carries a notice.
/// </summary>
public abstract class PageModel(SiteContext site, Language language, string path)
{
    /// <summary>What the page is made from; not the templates': they print what the page's members give them (docs/themes.md).</summary>
    internal SiteContext Site { get; } = site;
    public Language Language { get; } = language;
    /// <summary>The page's address below its language folder: "plans/kashiwa-4th/".</summary>
    public string Path { get; } = path;
    public UiStrings Ui => Site.Strings[Language];
    public string Lang => Language.Code;
    public abstract string Template { get; }
    public abstract Localized Title { get; }
    public virtual string? Description => null;
    public virtual IReadOnlyList<(string Label, string Url)> Breadcrumbs => [(Ui.NavHome, Url(""))];

    /// <summary>
    /// The model objects this page is made from, for incremental rebuilds: when every one of them is
    /// the very object of the previous build (content files unchanged), the page is not rendered
    /// again. Null means the page reads across the whole site (home, lists, about) and is always
    /// rendered. The templates, UI strings and config are not listed: a change to any of them
    /// rebuilds everything.
    /// </summary>
    public virtual IReadOnlyList<object>? DependsOn => null;

    /// <summary>
    /// False when <paramref name="change"/> cannot reach this page, so an incremental build need not
    /// work out <see cref="DependsOn"/> to know the page is as it was. True unless a page knows better.
    /// </summary>
    public virtual bool MayBeAffectedBy(ContentChange change) => true;

    /// <summary>False for the root pages that are not one language's (the language door, 404).</summary>
    public virtual bool IsLocalised => true;

    /// <summary>Whether site search (Pagefind) indexes the page's main content; a kind of page that is worth finding says so.</summary>
    public virtual bool InSearchIndex => false;

    /// <summary>Whether sitemap.xml lists the page: every page of a language unless its kind says otherwise.</summary>
    public virtual bool InSitemap => IsLocalised;

    /// <summary>What the page is embedded as on other sites (plans, areas and their embed views), or null.</summary>
    public virtual EmbedTarget? EmbedTarget => null;

    /// <summary>The oEmbed discovery link the page carries in its &lt;head&gt;, or null when it cannot be embedded.</summary>
    public OEmbedLink? OEmbedLink => EmbedTarget is { HasOEmbed: true } target
        ? new OEmbedLink(Site.Urls.Absolute(Site.Urls.File(target.OEmbedPath(Language))), PlainTitle)
        : null;

    /// <summary>When the page's content last changed, when known (plans: revised or published).</summary>
    public virtual PartialDate? LastModified => null;

    /// <summary>Open Graph type: "website" for lists, "article" for a plan.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>schema.org JSON-LD describing the page's subject, or null.</summary>
    public virtual string? StructuredData => null;

    public string FeedUrl => Site.Urls.File(SiteUrls.FeedPath(Language));

    /// <summary>Set while rendering when any text fell back to Japanese.</summary>
    public bool UsedFallback { get; private set; }

    /// <summary>Ids already used on this page while it is rendered, so Markdown headings never collide with template ids.</summary>
    public ISet<string> TakenIds => _takenIds ??= new HashSet<string>(StringComparer.Ordinal);
    private HashSet<string>? _takenIds;

    /// <summary>
    /// The links this page's Markdown wrote, where their content file (<see cref="SourceOf"/>) is known: a broken
    /// one is reported at its line there rather than on the page. Filled while the page renders.
    /// </summary>
    public IReadOnlyList<Publish.ContentLink> ContentLinks => _contentLinks ?? [];
    private List<Publish.ContentLink>? _contentLinks;

    /// <summary>
    /// Lets go of what only rendering needed, once the page is written. A build keeps every page model to
    /// its end (feeds, sitemap, the next build of a `serve` session), and the ids of every page rendered
    /// so far were live objects the collector carried from generation to generation.
    /// </summary>
    public void Rendered() => (_takenIds, _contentLinks) = (null, null);

    /// <summary>
    /// The glossary terms whose ※ marks link to their entries in this page's texts (Markdown, <see cref="Prose"/> and
    /// <see cref="Linked"/>), or null for none: a plan page's own terms and the site glossary's.
    /// </summary>
    public virtual TermIndex? Terms => null;

    /// <summary>The content file a Markdown text of this page is written in and the line it starts on, when the page knows it.</summary>
    protected virtual (string File, int FirstLine)? SourceOf(string markdown) => null;

    /// <summary>Where the page is written in the output folder: below its language folder unless its kind says otherwise.</summary>
    public virtual string OutputPath => SiteUrls.OutputPath(Language, Path);
    public string Url(string path) => Site.Urls.Page(Language, path);
    public string UrlIn(Language language) => Site.Urls.Page(language, Path);
    public string AbsoluteUrlIn(Language language) => Site.Urls.Absolute(UrlIn(language));

    /// <summary>The page's own address for `rel=canonical` and og:url.</summary>
    public virtual string CanonicalUrl => AbsoluteUrlIn(Language);

    /// <summary>Where `hreflang="x-default"` points: the primary language's page; for the home pages and the root, the bilingual root.</summary>
    public virtual string XDefaultUrl => AbsoluteUrlIn(Language.Ja);
    public string Asset(string path) => Site.Urls.File(path);
    /// <summary>The site's other languages, in the site's order: the language switch and og:locale:alternate.</summary>
    public IReadOnlyList<Language> OtherLanguages => [.. Site.Languages.All.Where(l => l != Language)];
    /// <summary>The site's languages, Japanese first: the alternates every page lists.</summary>
    public IReadOnlyList<Language> AllLanguages => Site.Languages.All;
    /// <summary>The program's words in <paramref name="language"/> (the language switch names each language in itself).</summary>
    public UiStrings UiIn(Language language) => Site.Strings[language];
    /// <summary>The home page of <paramref name="language"/>.</summary>
    public string HomeUrlIn(Language language) => Site.Urls.Page(language, "");
    /// <summary>Whether the site has search (Pagefind), so the menu links its page.</summary>
    public bool HasSearch => Site.Config.Search is not null;
    public string SiteTitle => RubyText.Strip(Site.Title.In(Language).Text);

    /// <summary>The page title as plain text (&lt;title&gt;, og:title): furigana stripped, the base text kept.</summary>
    public string PlainTitle => RubyText.Strip(Title.Text);

    /// <summary>The description as plain text (meta description, JSON-LD): furigana stripped.</summary>
    public string? PlainDescription => Description is { } description ? RubyText.Strip(description) : null;

    /// <summary>
    /// A text in the page's language, escaped; a fallback is marked up as Japanese with a visible notice.
    /// Furigana written as {漢字|かんじ} becomes &lt;ruby&gt; (see <see cref="RubyText"/>); nothing else is markup.
    /// </summary>
    public IHtmlContent T(LocalizedText? text) => text is null ? Html.Empty : Html.Raw(TextHtml(text));

    /// <summary>A plan's title followed by its document kind when it has one (概要版, 中間見直し版): what tells a plan from its own mid-term review.</summary>
    public IHtmlContent PlanName(LocalizedText title, LocalizedText? documentType) =>
        documentType is null ? T(title) : Html.Raw(TextHtml(title) + Language.BeforeDocumentKind + TextHtml(documentType));

    /// <summary>A postal address as <see cref="T(LocalizedText?)"/> gives a text, its Japanese parted between place names and before the lot number.</summary>
    public IHtmlContent Address(LocalizedText? text)
    {
        if (text is null) return Html.Empty;
        var html = TextHtml(text, Site.Addresses);
        return Html.Raw(PhraseBreaks.HasJapanese(text.In(Language).Text) ? html : AddressBreaks.KeepPartsWhole(html));
    }

    private string TextHtml(LocalizedText text, PhraseHtml? phrases = null)
    {
        var resolved = text.In(Language);
        if (!resolved.IsFallback) return TextWithRuby(resolved.Text, Language.IsJapanese, phrases);
        UsedFallback = true;
        return $"<span lang=\"ja\">{TextWithRuby(resolved.Text, japanese: true, phrases)}</span>{UntranslatedBadge}";
    }

    /// <summary>
    /// A plain text of running words (a list item, a sentence; not a title or heading) as <see cref="T(LocalizedText?)"/>
    /// gives it, with each glossary term marked ※ linked to its entry (<see cref="Terms"/>).
    /// </summary>
    public IHtmlContent Linked(LocalizedText? text)
    {
        if (text is null) return Html.Empty;
        var resolved = text.In(Language);
        if (Terms is not { } terms || !terms.MarksAny(resolved.Text)) return T(text);
        var html = Site.Markdown.RenderPlainText(resolved.Text, terms);
        if (!resolved.IsFallback) return Html.Raw(html);
        UsedFallback = true;
        return Html.Raw($"<span lang=\"ja\">{html}</span>{UntranslatedBadge}");
    }

    /// <summary>A resolved text (such as a page title) as HTML, marked lang="ja" when it fell back.</summary>
    public IHtmlContent T(Localized text)
    {
        if (!text.IsFallback) return Html.Raw(TextWithRuby(text.Text, Language.IsJapanese));
        UsedFallback = true;
        return Html.Raw($"<span lang=\"ja\">{TextWithRuby(text.Text, japanese: true)}</span>");
    }

    /// <summary>
    /// Up to this length a Japanese text (a title, label, name, cell, short sentence) gets a &lt;wbr&gt; between
    /// its phrases; a longer one is running text, where the browser's usual breaking between any two letters reads well.
    /// </summary>
    public const int PhrasedTextLength = 80;

    /// <summary>
    /// A plain text escaped, with its furigana as &lt;ruby&gt; markup; in Japanese, a short one's phrases parted by
    /// &lt;wbr&gt;, a longer one's numbers kept whole with their era or unit.
    /// </summary>
    private string TextWithRuby(string text, bool japanese, PhraseHtml? phrases = null) =>
        !japanese ? RubyText.ToHtml(text, Html.Encode)
        : text.Length < PhrasedTextLength ? (phrases ?? Site.Phrases).ToHtml(text)
        : (phrases ?? Site.Phrases).RunningToHtml(text);

    /// <summary>A text of the theme or the program (a heading, a period) in the page's language, its Japanese phrases parted by &lt;wbr&gt;.</summary>
    public IHtmlContent Phrased(string text) => Html.Raw(TextWithRuby(text, Language.IsJapanese));

    /// <summary>
    /// A glossary term's reading as the page shows it after the term, a line break allowed only between its words
    /// (せいねん&lt;wbr&gt;こうけん&lt;wbr&gt;せいど); null when the term is its own reading (アウトリーチ).
    /// </summary>
    public IHtmlContent? ReadingShown(GlossaryTerm term)
    {
        if (SaidOf(term) is not { } said) return null;
        var shown = string.Concat(said.Words);
        return shown.Length == 0 || shown == RubyText.Strip(term.Term.Ja) ? null : Html.Raw(string.Join("<wbr>", said.Words.Select(Html.Encode)));
    }

    /// <summary>
    /// How a glossary term is said, in Roman letters (seinen kōken seido), on a page whose language is written in them:
    /// its readers may not read the kana. Null on other pages and for a term without a reading.
    /// </summary>
    public string? Pronounced(GlossaryTerm term) =>
        Language.Writing == Writing.Latin && SaidOf(term) is { Romaji.Length: > 0 } said ? said.Romaji : null;

    /// <summary>
    /// <see cref="Pronounced"/> as a kana keyboard types it (seinen kouken seido), for the search to find too; null where
    /// a search finds that already (no おう, おお or うう) or nothing is pronounced.
    /// </summary>
    public string? PronouncedAsTyped(GlossaryTerm term) => Language.Writing == Writing.Latin ? SaidOf(term)?.Typed : null;

    private Markup.Readings.Pronunciation.Said? SaidOf(GlossaryTerm term) =>
        GlossaryPage.ReadingOf(term) is { } reading ? Site.Pronounced(RubyText.Strip(term.Term.Ja), reading) : null;

    /// <summary>
    /// The Japanese of a text on any page, furigana stripped and its phrases parted by &lt;wbr&gt; as on Japanese pages: what
    /// a reader of another language shows someone or copies into a map.
    /// </summary>
    public IHtmlContent PhrasedJapanese(LocalizedText? text) => Html.Raw(text is null ? "" : TextWithRuby(RubyText.Strip(text.Ja), japanese: true));

    /// <summary>The Japanese of an address on any page, as <see cref="PhrasedJapanese"/> gives a text and <see cref="Address"/> parts it.</summary>
    public IHtmlContent AddressInJapanese(LocalizedText? text) => Html.Raw(text is null ? "" : TextWithRuby(RubyText.Strip(text.Ja), japanese: true, Site.Addresses));

    /// <summary>The plain text (for attributes and titles), falling back to Japanese; furigana stripped to the base text.</summary>
    public string Plain(LocalizedText? text) => text is null ? "" : RubyText.Strip(text.In(Language).Text);

    private string UntranslatedBadge => $" <span class=\"untranslated\">({Html.Encode(Ui.NotTranslated)})</span>";

    /// <summary>
    /// A longer text (a description, a reason) as its own block: one paragraph is a &lt;p&gt; with the text as <see cref="T(LocalizedText?)"/>
    /// gives it, Japanese lines joined without a space; paragraphs or lists are rendered as Markdown.
    /// With <paramref name="paragraph"/> false a one-paragraph text is given without its &lt;p&gt; (inside a &lt;dd&gt;, say).
    /// </summary>
    public IHtmlContent Prose(LocalizedText? text, bool paragraph = true)
    {
        if (text is null) return Html.Empty;
        var resolved = text.In(Language);
        // Without Markdown's last line end, so a template places one paragraph and several alike.
        if (ProseBlocks.HasBlocks(resolved.Text))
            return Html.Raw(MarkdownString(resolved.Text, resolved.IsFallback, "", 0).TrimEnd('\n'));
        // A term marked ※ is linked by Markdown's term extension (a Prose text is Markdown): one paragraph then is its <p>.
        if (Terms is { } terms && terms.MarksAny(resolved.Text))
        {
            var rendered = MarkdownString(EastAsianWidth.JoinLines(resolved.Text), resolved.IsFallback, "", 0).TrimEnd('\n');
            if (!paragraph && !resolved.IsFallback && rendered.StartsWith("<p>", StringComparison.Ordinal) && rendered.EndsWith("</p>", StringComparison.Ordinal))
                rendered = rendered[3..^4];
            return Html.Raw(rendered);
        }
        // Only a text written over several lines needs its Japanese line ends joined.
        var html = TextHtml(!resolved.Text.Contains('\n') ? text
            : text.Select(EastAsianWidth.JoinLines));
        return Html.Raw(paragraph ? $"<p>{html}</p>" : html);
    }

    /// <summary>Markdown text in the page's language, rendered; ids are prefixed to stay unique on the page.</summary>
    public IHtmlContent Markdown(LocalizedText? text, string idPrefix, int headingShift = 0)
    {
        if (text is null) return Html.Empty;
        var resolved = text.In(Language);
        return MarkdownHtml(resolved.Text, resolved.IsFallback, idPrefix, headingShift);
    }

    public IHtmlContent MarkdownHtml(string markdown, bool isFallback, string idPrefix, int headingShift) =>
        Html.Raw(MarkdownString(markdown, isFallback, idPrefix, headingShift));

    private string MarkdownString(string markdown, bool isFallback, string idPrefix, int headingShift)
    {
        var source = SourceOf(markdown);
        var links = source is null ? null : new List<MarkdownLink>();
        var html = Site.Markdown.Render(markdown, idPrefix, headingShift, TakenIds, links, Terms);
        if (source is { } from && links is { Count: > 0 })
        {
            _contentLinks ??= [];
            foreach (var link in links)
                _contentLinks.Add(new Publish.ContentLink(link.Url, new Diagnostics.SourceLocation(from.File, from.FirstLine + link.Line, link.Column + 1)));
        }
        if (!isFallback) return html;
        UsedFallback = true;
        return $"<div lang=\"ja\">{html}</div><p class=\"untranslated\">({Html.Encode(Ui.NotTranslated)})</p>";
    }

    /// <summary>Claims an id for the page (template sections), so Markdown headings will not reuse it.</summary>
    public string Id(string id)
    {
        TakenIds.Add(id);
        return id;
    }

    public string Year(FiscalYear year) => Language.IsJapanese ? year.Japanese : year.English;
    public string YearShort(FiscalYear year) => Language.IsJapanese ? year.EraName : year.English;

    public string Date(PartialDate date) => Language.IsJapanese
        ? $"{date.Year}年" + (date.Month is { } m ? $"{m}月" : "") + (date.Day is { } d ? $"{d}日" : "")
        : (date.Day is { } day ? $"{day} " : "") +
          (date.Month is { } month ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " : "") + date.Year;

    public string PeriodText(PlanPeriod? period) => period is null ? Ui.PeriodUnknown : Ui.Format(Ui.PeriodRange, Year(period.Start), Year(period.End));

    /// <summary>A date the source may not give, as a &lt;time&gt;, or the words that say it is not known.</summary>
    public IHtmlContent StatedDate(PartialDate? date) => date is null
        ? Phrased(Ui.DateUnknown)
        : Html.Raw($"<time datetime=\"{date.Iso}\">{Html.Encode(Date(date))}</time>");

    /// <summary>"Draft" or "Excerpt" for a document that is not the final plan; null for the final plan.</summary>
    public string? StatusText(DocumentStatus status) => status switch
    {
        DocumentStatus.Final => null,
        DocumentStatus.Draft => Ui.StatusDraft,
        DocumentStatus.Excerpt => Ui.StatusExcerpt,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "no words for this document status"),
    };

    /// <summary>The period as HTML, a line breaking only between its years (令和元年度（2019年度）～<wbr>令和6年度).</summary>
    public IHtmlContent PeriodHtml(PlanPeriod? period) => Phrased(PeriodText(period));

    /// <summary>The colon after a label: full-width in Japanese (基本理念：), a colon and a space in English.</summary>
    public string Colon => Language.Colon;

    /// <summary>Where a plan stands this fiscal year, and the revisions that change it: the badges under its title and on its card.</summary>
    public PlanPhaseView PhaseOf(Plan plan) =>
        new(this, PlanPhases.Of(plan.Period, Site.AsOf), Site.AsOf, RevisionLink.Of(Site.Content.RevisionsOf(plan.Slug)));

    /// <summary>The badges of a plan's card.</summary>
    public PlanPhaseView PhaseOf(PlanCard card) => new(this, card.Phase, Site.AsOf, card.Revisions);

    /// <summary>The word a flag is named by in class names and the filter's query string (priority, new…).</summary>
    public string FlagName(ActionFlags flag) => Model.Binding.Words.Of(flag);

    public string? PhaseText(PlanPhase phase) => phase switch
    {
        PlanPhase.InForce => Ui.PhaseInForce,
        PlanPhase.Ended => Ui.PhaseEnded,
        PlanPhase.NotStarted => Ui.PhaseNotStarted,
        _ => null,
    };

    /// <summary>A number as written (with thousands separators) or a translated text.</summary>
    public IHtmlContent ValueText(Value? value, LocalizedText? unit = null)
    {
        if (value is null) return Html.Empty;
        if (value.Text is not null) return T(value.Text);
        var number = value.FormatNumber();
        if (unit is null) return Html.Raw(Html.Encode(number));
        var resolved = unit.In(Language);
        // Japanese writes the counter straight after the number (1,150件); English spaces it (1,150 cases), but not "%".
        var separator = Language.WidePunctuation || resolved.Text == "%" ? "" : " ";
        return Html.Raw(Html.Encode(number + separator) + TextHtml(unit));
    }

    /// <summary>
    /// A table cell's class: "number" for a number (set on one line, at the cell's end), none for a value in words
    /// (実施, carried out), which wraps as text, or an empty cell. Razor leaves out a class attribute whose value is null.
    /// </summary>
    public string? ValueClass(Value? value) => value is { Text: null } ? "number" : null;

    /// <summary>A column header: years and numbers are shown as written (2010, not 2,010).</summary>
    public IHtmlContent HeaderText(Value value) => value.Text is not null ? T(value.Text) : Html.Raw(Html.Encode(value.NumberText ?? ""));
}
