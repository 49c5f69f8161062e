using Microsoft.AspNetCore.Html;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>/&lt;lang&gt;/: every plan, grouped by the organisation that publishes it.</summary>
public sealed class HomePage(SiteContext site, Language language) : PageModel(site, language, "")
{
    public override string Template => "Home.cshtml";
    public override Localized Title => Site.Title.In(Language);
    public override string Description => Ui.HomeIntro;
    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [];

    /// <summary>
    /// Every publisher with a card per plan, all the page prints of any plan; and what an incremental build compares:
    /// an edit to a plan's narrative or evaluations leaves the home pages alone.
    /// </summary>
    public ValueList<PublisherCards> Publishers => _publishers ??= PlanCards.ByPublisher(Site, Language);
    private ValueList<PublisherCards>? _publishers;

    public override IReadOnlyList<object> DependsOn => [Publishers];

    /// <summary>The home pages' language-neutral version is the bilingual landing at the root.</summary>
    public override string XDefaultUrl => Site.Urls.Absolute(Site.Urls.File(""));
}

/// <summary>
/// The root of the site: a bilingual landing. What the site is and which plans it has, in Japanese and in English
/// (each part marked with its language), the door to /ja/ and /en/, and the x-default of the home pages.
/// </summary>
public sealed class LanguageChooserPage(SiteContext site) : PageModel(site, Language.Ja, "")
{
    public override string Template => "LanguageChooser.cshtml";
    public override bool IsLocalised => false;
    public override string OutputPath => "index.html";
    public override Localized Title => new(string.Join(" / ", Site.Languages.All.Select(l => Site.Title.Exact(l)).OfType<string>()), Language.Ja, false);
    public override string Description => string.Join(" / ", Site.Languages.All.Select(l => Site.Strings[l].LandingIntro));
    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [];
    public override string CanonicalUrl => Site.Urls.Absolute(Site.Urls.File(""));
    public override string XDefaultUrl => CanonicalUrl;

    public UiStrings Japanese => Site.Strings[Language.Ja];
    /// <summary>The site's title in each of its languages.</summary>
    public LocalizedText SiteTitles => Site.Title;
    /// <summary>The languages after Japanese, each shown beside it.</summary>
    public IEnumerable<Language> Translations => Site.Languages.Translations;

    /// <summary>Every plan's titles, by publisher as the home pages list them: all the page prints of any plan, and what an incremental build compares.</summary>
    public ValueList<LandingPlan> Plans => _plans ??= PlanCards.Landing(Site);
    private ValueList<LandingPlan>? _plans;

    /// <summary>A plan's title (with its municipality) in <paramref name="language"/>, escaped; marked lang="ja" when not yet translated.</summary>
    public IHtmlContent PlanTitle(LandingPlan plan, Language language)
    {
        var title = plan.TitleIn(Site.Languages.All.ToList().IndexOf(language));
        var text = Html.Encode(Markup.Ruby.RubyText.Strip(title.Text));
        if (plan.DocumentType?.In(language) is { } kind)
            text += Html.Encode(language.OpenBracket + Markup.Ruby.RubyText.Strip(kind.Text) + language.CloseBracket);
        return Html.Raw(title.Language != language ? $"<span lang=\"{title.Language.Code}\">{text}</span>" : text);
    }

    /// <summary>The plan's page in <paramref name="language"/>.</summary>
    public string PlanUrl(LandingPlan plan, Language language) => Site.Urls.Page(language, "plans/" + plan.Slug + "/");

    public override IReadOnlyList<object> DependsOn => [Plans];
}

/// <summary>404.html at the root, in both languages because the visitor's language is not known.</summary>
public sealed class NotFoundPage(SiteContext site) : PageModel(site, Language.Ja, "")
{
    public override string Template => "NotFound.cshtml";
    public override bool IsLocalised => false;
    public override string OutputPath => "404.html";
    public override Localized Title => new(string.Join(" / ", Site.Languages.All.Select(l => Site.Strings[l].NotFoundHeading)), Language.Ja, false);
    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [];
    public UiStrings Japanese => Site.Strings[Language.Ja];
    /// <summary>The languages after Japanese, each said after it.</summary>
    public IEnumerable<Language> Translations => Site.Languages.Translations;
    public override IReadOnlyList<object> DependsOn => []; // the config and strings only
    public override bool MayBeAffectedBy(ContentChange change) => false;
}

/// <summary>
/// /&lt;lang&gt;/about/: what the site is and the accessibility target. Planned without the audit, for its address;
/// the page that renders is made from the audit's result (<see cref="With"/>).
/// </summary>
public sealed class AboutPage(SiteContext site, Language language, Publish.AuditResult? audit = null) : PageModel(site, language, "about/")
{
    public override string Template => "About.cshtml";
    public override Localized Title => new(Ui.AboutHeading, Language, false);

    /// <summary>The build's own accessibility checks of every other page.</summary>
    public Publish.AuditResult? Audit { get; } = audit;

    /// <summary>This page made from the audit of the site's other pages.</summary>
    public AboutPage With(Publish.AuditResult audit) => new(Site, Language, audit);

    /// <summary>The test report's criteria, the same list in both languages.</summary>
    public IReadOnlyList<Accessibility.SuccessCriterion> Criteria => Accessibility.TestReport.Criteria;

    /// <summary>The test date: the day the site is built as of.</summary>
    public IHtmlContent TestDate => StatedDate(new PartialDate(Site.AsOfDate.Year, Site.AsOfDate.Month, Site.AsOfDate.Day));

    /// <summary>The conformance statement per the JIS 対応度表記ガイドライン: 準拠 only when every criterion passes or does not apply.</summary>
    public string JisConformance => Accessibility.TestReport.AllMet(Accessibility.TestReport.Jis) ? Ui.ConformanceJisFull : Ui.ConformanceJisPartial;
    public string WcagConformance => Accessibility.TestReport.AllMet(Accessibility.TestReport.Wcag22) ? Ui.ConformanceWcagFull : Ui.ConformanceWcagPartial;

    /// <summary>Why the statement says 一部準拠, or null when it does not.</summary>
    public string? PartialWhy => Accessibility.TestReport.AllMet(Criteria) ? null
        : Count(Accessibility.Outcome.Fail) > 0 ? Ui.ReportPartialWhyFail : Ui.ReportPartialWhy;

    public string ResultText(Accessibility.Outcome outcome) => outcome switch
    {
        Accessibility.Outcome.Pass => Ui.ResultPass,
        Accessibility.Outcome.Fail => Ui.ResultFail,
        Accessibility.Outcome.NotApplicable => Ui.ResultNotApplicable,
        _ => Ui.ResultNotChecked,
    };

    public int Count(Accessibility.Outcome outcome) => Criteria.Count(c => c.Result == outcome);

    /// <summary>How <paramref name="c"/> was verified, a list item per method, the rule ids and test class names in code.</summary>
    public IHtmlContent Methods(Accessibility.SuccessCriterion c)
    {
        var ja = Language.IsJapanese;
        string Named(string method, IReadOnlyList<string> names) =>
            "<li>" + Html.Encode(method) + Language.OpenBracket +
            string.Join(ja ? "、" : ", ", names.Select(n => "<code>" + Html.Encode(n) + "</code>")) + Language.CloseBracket + "</li>";
        var items = new List<string>();
        if (c.BuildRules.Count > 0) items.Add(Named(Ui.MethodBuild, c.BuildRules));
        if (c.BrowserTests.Count > 0) items.Add(Named(Ui.MethodBrowser, c.BrowserTests));
        if (c.ByHand is { } hand) items.Add("<li>" + Html.Encode(Ui.MethodByHand) + Language.OpenBracket + HandDate(hand.Date) + Language.CloseBracket + Colon
            + Html.Encode(ja ? hand.Ja : hand.En) + "</li>");
        else if (c.Result == Accessibility.Outcome.NotChecked) items.Add("<li>" + Html.Encode(Ui.MethodNotYetByHand) + "</li>");
        return Html.Raw("<ul class=\"criteria__methods\">" + string.Concat(items) + "</ul>");
    }

    private string HandDate(DateOnly date) => StatedDate(new PartialDate(date.Year, date.Month, date.Day)).ToString()!;

    /// <summary>Prose with the standards' names kept on one line: 「JIS X 8341-3:2016」 must not break at its hyphen.</summary>
    public IHtmlContent NoBreak(string text)
    {
        var html = Html.Encode(text);
        foreach (var name in new[] { "JIS X 8341-3:2016", "WCAG 2.0", "WCAG 2.2" })
            html = html.Replace(Html.Encode(name), "<span class=\"report__name\">" + Html.Encode(name) + "</span>", StringComparison.Ordinal);
        return Html.Raw(html);
    }

    public string CriterionName(Accessibility.SuccessCriterion c) => Language.IsJapanese ? c.Ja : c.En;

    public string RuleText(string rule) => Accessibility.TestReport.BuildRuleText.TryGetValue(rule, out var text)
        ? (Language.IsJapanese ? text.Ja : text.En) : rule;
}

/// <summary>/&lt;lang&gt;/contact/: every publisher's contact block, linked from the same place on every page (WCAG 3.2.6).</summary>
public sealed class ContactPage(SiteContext site, Language language) : PageModel(site, language, "contact/")
{
    public override string Template => "Contact.cshtml";
    public override Localized Title => new(Ui.Contact, Language, false);

    /// <summary>Every organisation's contact block, in content order: all the page prints of them, and what an incremental build compares.</summary>
    public ValueList<ContactBlock> Contacts => _contacts ??= Site.Content.Organisations.Select(o => new ContactBlock(o.Id, o.Name, o.Contact)).ToValueList();
    private ValueList<ContactBlock>? _contacts;

    public override IReadOnlyList<object> DependsOn => [Contacts];
    public override bool MayBeAffectedBy(ContentChange change) => change.AreasOrOrganisationsChanged;
}

/// <summary>One organisation as the contact page shows it: its name and its contact details.</summary>
public sealed record ContactBlock(string Id, LocalizedText Name, Contact Details);
