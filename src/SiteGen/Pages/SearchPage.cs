using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Pages;

/// <summary>
/// /&lt;lang&gt;/search/ (only when site.config.json turns search on): a search form whose results come from
/// the Pagefind index of this language, loaded by assets/search.js. Without JavaScript it says so and
/// points to the list of plans.
/// </summary>
public sealed class SearchPage(SiteContext site, Language language) : PageModel(site, language, "search/")
{
    public override string Template => "Search.cshtml";
    public override Localized Title => new(Ui.SearchHeading, Language, false);
    public override string Description => Ui.SearchIntro;

    /// <summary>Where the Pagefind bundle is: /REPO/pagefind/ (search.js imports pagefind.js from it).</summary>
    public string BundleUrl => Asset(PagefindIndexer.BundleFolder + "/");

    /// <summary>The site's base path, which Pagefind puts in front of the page addresses it indexed.</summary>
    public string BaseUrl => Site.Urls.BasePath;

    public override IReadOnlyList<object> DependsOn => []; // the config and strings only
    public override bool MayBeAffectedBy(ContentChange change) => false;
}
