using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Embedding;

/// <summary>What can be embedded in the repository's own content: every plan, every goal, every area.</summary>
internal static class EmbedTargets
{
    public static IReadOnlyList<string> Of(SeedContent content) =>
        content.Plans.SelectMany(p => new[] { $"plans/{p.Slug}" }
                .Concat(p.TopSections.Select(g => $"plans/{p.Slug}/goals/{g.Str("id")}")))
            .Concat(content.Areas.Select(a => $"areas/{a.Id}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static readonly string[] Languages = ["ja", "en"];

    /// <summary>
    /// embed/ja/plans.kashiwa-4th.html: every embed view file is named after its plan or area with the
    /// slashes as dots (ids have no dots), not a folder of its own; a goal's view is in its plan's file.
    /// </summary>
    public static string View(string language, string target) => $"embed/{language}/{PlanOrArea(target).Replace('/', '.')}.html";

    /// <summary>goal-priority-1 for a goal (its section of the plan's view file); null for a plan or an area.</summary>
    public static string? Fragment(string target) => IsGoal(target) ? "goal-" + target[(target.LastIndexOf('/') + 1)..] : null;

    /// <summary>The view's address as a snippet or embed.js names it: the file, and a goal's fragment.</summary>
    public static string ViewAddress(string language, string target) => View(language, target) + (Fragment(target) is { } f ? "#" + f : "");

    public static bool IsGoal(string target) => target.Contains("/goals/", StringComparison.Ordinal);

    private static string PlanOrArea(string target) => IsGoal(target) ? target[..target.IndexOf("/goals/", StringComparison.Ordinal)] : target;

    /// <summary>oembed/ja/plans.kashiwa-4th.json, named like the view (plans and areas only: a goal is found through its plan).</summary>
    public static string OEmbed(string language, string target) => $"oembed/{language}/{target.Replace('/', '.')}.json";

    /// <summary>The embed targets with a file and an oEmbed response of their own: plans and areas.</summary>
    public static IReadOnlyList<string> Files(SeedContent content) => Of(content).Where(t => !IsGoal(t)).ToList();

    /// <summary>The full page a target summarises: a goal's is its plan's page, at the goal.</summary>
    public static (string File, string Fragment) FullPage(string language, string target)
    {
        var goal = target.IndexOf("/goals/", StringComparison.Ordinal);
        return goal < 0
            ? ($"{language}/{target}/index.html", "")
            : ($"{language}/{target[..goal]}/index.html", "section-" + target[(goal + "/goals/".Length)..]);
    }

    public static JsonElement Json(BuiltSite site, string path)
    {
        using var document = JsonDocument.Parse(site.Text(path));
        return document.RootElement.Clone();
    }

    public static IElement SingleIframe(string html)
    {
        var fragment = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return Assert.Single(fragment.QuerySelectorAll("iframe"));
    }

    public static IReadOnlyList<IElement> DiscoveryLinks(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate]").Where(l => l.GetAttribute("type") == "application/json+oembed").ToList();
}

/// <summary>oEmbed: static responses for every embed view, and the discovery links that name them.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class OEmbedTests(SeedSite seed, FeatureSite feature)
{
    private BuiltSite Site => seed.Site;

    [Fact]
    public void Every_plan_goal_and_area_has_an_embed_view_and_plans_and_areas_an_oembed_response_in_both_languages()
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        var targets = EmbedTargets.Of(seed.Content);
        var files = EmbedTargets.Files(seed.Content);
        Assert.Contains(targets, EmbedTargets.IsGoal);
        foreach (var language in EmbedTargets.Languages)
        {
            foreach (var target in targets)
            {
                var view = EmbedTargets.View(language, target);
                Assert.True(Site.Exists(view), $"{view} was not written");
                // A goal's view is its section of the plan's view file, which the fragment names.
                if (EmbedTargets.Fragment(target) is { } fragment)
                    Assert.True(Site.Page(view).GetElementById(fragment)?.ClassList.Contains("embed__goal"), $"{view} has no goal section #{fragment}");
            }
            foreach (var target in files)
                Assert.True(Site.Exists(EmbedTargets.OEmbed(language, target)), $"{EmbedTargets.OEmbed(language, target)} was not written");
            // One file per plan or area, side by side: no folder per embed, no file per goal.
            Assert.Empty(Directory.GetDirectories(Path.Combine(Site.Folder, "embed", language)));
            Assert.Empty(Directory.GetDirectories(Path.Combine(Site.Folder, "oembed", language)));
            var views = Directory.GetFiles(Path.Combine(Site.Folder, "embed", language), "*.html", SearchOption.AllDirectories);
            Assert.Equal(files.Select(t => Path.Combine(Site.Folder, EmbedTargets.View(language, t))).Order(StringComparer.Ordinal), views.Order(StringComparer.Ordinal));
            var responses = Directory.GetFiles(Path.Combine(Site.Folder, "oembed", language), "*.json", SearchOption.AllDirectories);
            Assert.Equal(files.Count, responses.Length);
        }
    }

    [Fact]
    public void Each_response_is_a_rich_oembed_1_0_with_a_titled_iframe_of_its_embed_view()
    {
        foreach (var language in EmbedTargets.Languages)
        {
            foreach (var target in EmbedTargets.Files(seed.Content))
            {
                var json = EmbedTargets.Json(Site, EmbedTargets.OEmbed(language, target));
                Assert.Equal("1.0", json.GetProperty("version").GetString());
                Assert.Equal("rich", json.GetProperty("type").GetString());
                var width = json.GetProperty("width").GetInt32();
                var height = json.GetProperty("height").GetInt32();
                Assert.InRange(width, 200, 2000);
                Assert.InRange(height, 200, 1000);
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("provider_name").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("provider_url").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("author_name").GetString()));

                var view = Site.Page(EmbedTargets.View(language, target));
                var iframe = EmbedTargets.SingleIframe(json.GetProperty("html").GetString()!);
                Assert.Equal("/" + EmbedTargets.View(language, target), iframe.GetAttribute("src"));
                Assert.Equal(view.Title, iframe.GetAttribute("title"));
                Assert.Contains(json.GetProperty("title").GetString()!, iframe.GetAttribute("title"), StringComparison.Ordinal);
                Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), iframe.GetAttribute("width"));
                Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), iframe.GetAttribute("height"));
                // Only attributes WordPress keeps, plus the sandbox and lazy loading other consumers honour.
                Assert.Empty(iframe.Attributes.Select(a => a.Name).Except(["src", "title", "width", "height", "frameborder", "loading", "sandbox"]));
                Assert.Contains("allow-scripts", iframe.GetAttribute("sandbox")!.Split(' '));
            }
        }
    }

    [Fact]
    public void Plan_and_area_pages_and_every_embed_view_name_their_own_response_in_a_discovery_link()
    {
        foreach (var language in EmbedTargets.Languages)
        {
            foreach (var target in EmbedTargets.Files(seed.Content))
            {
                var view = EmbedTargets.View(language, target);
                var link = Assert.Single(EmbedTargets.DiscoveryLinks(Site.Page(view)));
                Assert.Equal("/" + EmbedTargets.OEmbed(language, target), link.GetAttribute("href"));
                Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
                Assert.Equal(Site.Page(view).Head, link.ParentElement);

                var full = Site.Page($"{language}/{target}/index.html");
                var fullLink = Assert.Single(EmbedTargets.DiscoveryLinks(full));
                Assert.Equal("/" + EmbedTargets.OEmbed(language, target), fullLink.GetAttribute("href"));
                Assert.Equal(full.Head, fullLink.ParentElement);
            }
        }
    }

    [Fact]
    public void The_discovery_type_is_written_literally_because_wordpress_finds_it_with_a_text_search()
    {
        // WordPress looks for the text application/json+oembed in the raw <head>; &#x2B; for + would hide it.
        foreach (var file in new[] { "ja/plans/kashiwa-4th/index.html", "en/areas/kashiwa-chuo/index.html", "embed/ja/plans.kashiwa-4th.html" })
        {
            var raw = Site.Text(file);
            var head = raw[..raw.IndexOf("</head>", StringComparison.Ordinal)];
            Assert.Contains("type=\"application/json+oembed\"", head, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pages_that_cannot_be_embedded_have_no_discovery_link()
    {
        foreach (var file in new[] { "index.html", "404.html", "ja/index.html", "en/index.html", "ja/areas/index.html", "ja/glossary/index.html", "en/about/index.html" })
            Assert.Empty(EmbedTargets.DiscoveryLinks(Site.Page(file)));
    }

    [Fact]
    public void Content_in_titles_is_escaped_in_the_iframe_html_of_the_response()
    {
        Assert.True(feature.Result.ExitCode == 0, feature.Result.ToString());
        var json = EmbedTargets.Json(feature.Site, "oembed/ja/plans.alpha.json");
        Assert.Equal(FeatureContent.AlphaTitleJa, json.GetProperty("title").GetString());
        var html = json.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var iframe = EmbedTargets.SingleIframe(html);
        Assert.StartsWith(FeatureContent.AlphaTitleJa, iframe.GetAttribute("title"), StringComparison.Ordinal);
    }
}

/// <summary>
/// The site built for https://example.github.io/REPO/: everything a host page or a CMS receives is an
/// absolute address, because it is used from another origin.
/// </summary>
public sealed class OEmbedAbsoluteAddressTests(BasePathSite built) : IClassFixture<BasePathSite>
{
    private const string Base = BasePathSite.BaseUrl;

    [Fact]
    public void Discovery_links_responses_and_snippets_use_absolute_addresses_under_the_base_url()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.ToString());
        var site = built.Site;

        var plan = site.Page("ja/plans/kashiwa-4th/index.html");
        Assert.Equal(Base + "oembed/ja/plans.kashiwa-4th.json", Assert.Single(EmbedTargets.DiscoveryLinks(plan)).GetAttribute("href"));
        var planView = site.Page("embed/en/plans.kashiwa-4th.html");
        Assert.Equal(Base + "oembed/en/plans.kashiwa-4th.json", Assert.Single(EmbedTargets.DiscoveryLinks(planView)).GetAttribute("href"));

        var json = EmbedTargets.Json(site, "oembed/ja/plans.kashiwa-4th.json");
        Assert.Equal(Base, json.GetProperty("provider_url").GetString());
        Assert.Equal(Base + "embed/ja/plans.kashiwa-4th.html", EmbedTargets.SingleIframe(json.GetProperty("html").GetString()!).GetAttribute("src"));

        var script = plan.QuerySelector("#embed-script")!.TextContent;
        Assert.Contains($"src=\"{Base}embed.js\"", script, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Base}ja/plans/kashiwa-4th/\">", script, StringComparison.Ordinal);
        Assert.Contains($"src=\"{Base}embed/ja/plans.kashiwa-4th.html\"", plan.QuerySelector("#embed-iframe")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"<a href=\"{Base}ja/plans/kashiwa-4th/\">", plan.QuerySelector("#embed-link")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Embed_views_stay_out_of_the_sitemap_and_the_full_pages_stay_in()
    {
        var sitemap = built.Site.Text("sitemap.xml");
        Assert.DoesNotContain("/embed/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/oembed/", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>{Base}ja/plans/kashiwa-4th/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>{Base}en/areas/kashiwa-chuo/</loc>", sitemap, StringComparison.Ordinal);
    }
}
