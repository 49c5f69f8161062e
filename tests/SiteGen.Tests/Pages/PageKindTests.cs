using SiteGen.Embedding;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pages;

/// <summary>Each kind of page says on its own class whether search and the sitemap take it and where it is written.</summary>
public class PageKindTests
{
    private static readonly IReadOnlyList<PageModel> SamplePages = SitePlanner.Plan(TemplateSupport.SampleSite());

    [Fact]
    public void Search_indexes_plans_areas_and_the_glossary_only()
    {
        var indexed = SamplePages.Where(page => page.InSearchIndex).Select(page => page.GetType().Name).ToHashSet();
        Assert.Equal(["AreaPage", "GlossaryPage", "PlanPage"], indexed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sitemap_leaves_out_embed_views_and_the_root_pages()
    {
        var left = SamplePages.Where(page => !page.InSitemap).ToList();
        Assert.Contains(left, page => page is EmbedPage);
        Assert.All(left, page => Assert.True(page is EmbedPage or LanguageChooserPage or NotFoundPage, page.GetType().Name));
        Assert.Contains(SamplePages, page => page is PlanPage { InSitemap: true });
    }

    [Fact]
    public void Every_page_is_written_to_a_path_of_its_own()
    {
        var paths = SamplePages.Select(page => page.OutputPath).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("index.html", paths);
        Assert.Contains("404.html", paths);
        Assert.Contains("ja/index.html", paths);
        Assert.All(SamplePages.OfType<EmbedPage>(), page => Assert.Matches(@"^embed/(ja|en)/[^/]+\.html$", page.OutputPath));
    }
}
