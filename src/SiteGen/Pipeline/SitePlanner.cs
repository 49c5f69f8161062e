using SiteGen.I18n;
using SiteGen.Pages;

namespace SiteGen.Pipeline;

/// <summary>Decides which pages the site has: each page in every language, plus the root door and the 404; above the page kinds, embed views included.</summary>
public static class SitePlanner
{
    public static IReadOnlyList<PageModel> Plan(SiteContext site)
    {
        var pages = new List<PageModel> { new LanguageChooserPage(site), new NotFoundPage(site) };
        foreach (var language in site.Languages.All)
        {
            pages.Add(new HomePage(site, language));
            pages.AddRange(site.Content.Plans.Select(plan => new PlanPage(site, language, plan)));
            pages.Add(new AreasIndexPage(site, language));
            pages.AddRange(site.Content.Areas.Select(area => new AreaPage(site, language, area)));
            pages.Add(new GlossaryPage(site, language));
            pages.Add(new AboutPage(site, language));
            pages.Add(new ContactPage(site, language));
            if (site.Config.Search is not null) pages.Add(new SearchPage(site, language));
            pages.AddRange(Embedding.EmbedPages.For(site, language)); // /embed/<lang>/…: not in the sitemap, noindex
        }
        return pages;
    }
}
