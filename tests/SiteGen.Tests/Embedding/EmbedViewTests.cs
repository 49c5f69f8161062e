using System.Text.RegularExpressions;
using SiteGen.Embedding;
using SiteGen.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Embedding;

/// <summary>The embed views, embed.js and the "Embed this" panel, read back from the built site.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class EmbedViewTests(SeedSite seed, FeatureSite feature)
{
    private BuiltSite Site => seed.Site;

    /// <summary>Every embed view file (one per plan and area, per language).</summary>
    private IEnumerable<(string Language, string Target, string File)> Views =>
        EmbedTargets.Languages.SelectMany(l => EmbedTargets.Files(seed.Content).Select(t => (l, t, EmbedTargets.View(l, t))));

    [Fact]
    public void Embed_views_are_noindex_have_no_site_chrome_and_link_back_to_their_full_page_outside_the_frame()
    {
        foreach (var language in EmbedTargets.Languages)
        foreach (var target in EmbedTargets.Of(seed.Content))
        {
            var file = EmbedTargets.View(language, target);
            var page = Site.Page(file);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Empty(page.QuerySelectorAll(".site-header, .site-footer, .site-nav, .breadcrumbs, link[rel=canonical]"));
            Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.Equal("_top", a.GetAttribute("target")));

            // What the view shows: a goal's section, or the file without its goals' sections (embed.css).
            var goalSections = page.QuerySelectorAll(".embed__goal").ToList();
            var section = EmbedTargets.Fragment(target) is { } id ? page.GetElementById(id) : null;
            bool Shown(AngleSharp.Dom.IElement e) =>
                section is not null ? section.Contains(e) : !goalSections.Any(g => g.Contains(e));
            // One h1 per file, the plan's or area's title; a goal's view is titled by its section's own heading.
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.All(goalSections, g => Assert.Equal(g.Id + "-title", Assert.Single(g.QuerySelectorAll(".embed__goal-title")).Id));
            Assert.All(goalSections, g => Assert.Equal(g.Id + "-title", g.GetAttribute("aria-labelledby")));
            var title = section?.QuerySelector(".embed__goal-title") ?? page.QuerySelector("h1")!;
            Assert.True(Shown(title), $"{file}: the title of {target} is not in what its view shows");
            var links = page.QuerySelectorAll("a[href]").Where(Shown).ToList();
            Assert.NotEmpty(links);

            var (full, fragment) = EmbedTargets.FullPage(language, target);
            var back = "/" + full[..^"index.html".Length] + (fragment.Length > 0 ? "#" + fragment : "");
            Assert.Contains(links, a => a.GetAttribute("href") == back);
            Assert.True(Site.Exists(full), $"{file} links back to {full}, which was not written");
            if (fragment.Length > 0) Assert.NotNull(Site.Page(full).GetElementById(fragment));
        }
    }

    [Fact]
    public void Embed_views_load_only_their_own_stylesheet_and_script_from_this_site()
    {
        foreach (var (_, _, file) in Views)
        {
            var page = Site.Page(file);
            Assert.Equal(["/assets/embed.css"], page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!));
            Assert.Equal(["/assets/embed-frame.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")!));
            Assert.True(page.QuerySelector("script")!.HasAttribute("defer"));
            Assert.Empty(page.QuerySelectorAll("style, [style], img, iframe, object, embed, form"));
        }
    }

    /// <summary>Bytes of HTML + CSS + JavaScript an embed view loads: itself and every stylesheet and script it names.</summary>
    public static long PageWeight(BuiltSite site, string file)
    {
        var page = site.Page(file);
        var resources = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        return new FileInfo(Path.Combine(site.Folder, file)).Length +
               resources.Sum(url => new FileInfo(Path.Combine(site.Folder, url.TrimStart('/'))).Length);
    }

    [Fact]
    public void Every_embed_view_stays_under_the_page_weight_budget_stated_in_the_readme()
    {
        var weights = Views.Select(v => (v.File, Bytes: PageWeight(Site, v.File))).OrderByDescending(v => v.Bytes).ToList();
        Assert.True(weights[0].Bytes <= EmbedFiles.PageWeightBudget,
            $"{weights[0].File} loads {weights[0].Bytes} bytes of HTML, CSS and JavaScript; the budget is {EmbedFiles.PageWeightBudget}");
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains($"{EmbedFiles.PageWeightBudget / 1024} KB", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Embed_js_is_at_the_site_root_with_its_messages_in_both_languages()
    {
        var script = Site.Text("embed.js");
        Assert.DoesNotContain(EmbedFiles.StringsPlaceholder, script, StringComparison.Ordinal);
        var strings = Regex.Match(script, @"var STRINGS = (\{.*?\});\n").Groups[1].Value;
        using var json = System.Text.Json.JsonDocument.Parse(strings);
        foreach (var language in EmbedTargets.Languages)
        {
            var messages = json.RootElement.GetProperty(language);
            foreach (var key in new[] { "frameTitle", "malformed", "missing", "notFound", "openList" })
                Assert.False(string.IsNullOrWhiteSpace(messages.GetProperty(key).GetString()), $"{language}.{key} is empty");
            Assert.Contains("{0}", messages.GetProperty("malformed").GetString(), StringComparison.Ordinal);
        }
        Assert.StartsWith("/*", script, StringComparison.Ordinal);
        Assert.True(Site.Exists("assets/embed.css") && Site.Exists("assets/embed-frame.js") && Site.Exists("assets/embed-panel.js"));
    }

    [Fact]
    public void Plan_and_area_pages_offer_the_three_snippets_with_copy_buttons_a_live_region_and_a_preview()
    {
        var pages = EmbedTargets.Languages.SelectMany(l =>
            seed.Content.Plans.Select(p => (l, $"plans/{p.Slug}")).Concat(seed.Content.Areas.Select(a => (l, $"areas/{a.Id}"))));
        foreach (var (language, target) in pages)
        {
            var page = Site.Page($"{language}/{target}/index.html");
            // Folded for residents: a <details> whose one line (its summary) names it, open only when web staff ask.
            var panel = page.QuerySelector("details.embed-panel");
            Assert.NotNull(panel);
            Assert.False(panel.HasAttribute("open"));
            Assert.NotNull(panel.QuerySelector(":scope > summary > h2"));

            var codes = panel.QuerySelectorAll("textarea").ToList();
            Assert.Equal(["embed-script", "embed-iframe", "embed-link"], codes.Select(c => c.Id!));
            Assert.All(codes, c => Assert.True(c.HasAttribute("readonly")));
            foreach (var code in codes)
            {
                var button = Assert.Single(panel.QuerySelectorAll($"button[data-copy='{code.Id}']"));
                Assert.Equal("button", button.GetAttribute("type"));
                Assert.True(button.HasAttribute("hidden"), "the copy button is shown by the script only");
                Assert.NotNull(page.GetElementById(code.GetAttribute("aria-labelledby")!));
            }
            Assert.Equal("status", panel.QuerySelector(".embed-panel__status")?.GetAttribute("role"));

            var script = codes[0].TextContent;
            Assert.Contains($"<div data-plan-embed=\"{target}\" data-lang=\"{language}\"><a href=\"/{language}/{target}/\">", script, StringComparison.Ordinal);
            Assert.EndsWith("<script src=\"/embed.js\" async></script>", script, StringComparison.Ordinal);
            var iframe = EmbedTargets.SingleIframe(codes[1].TextContent);
            Assert.Equal("/" + EmbedTargets.ViewAddress(language, target), iframe.GetAttribute("src"));
            Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
            Assert.Equal(EmbedFrame.SandboxFlags, iframe.GetAttribute("sandbox"));
            Assert.StartsWith($"<a href=\"/{language}/{target}/\">", codes[2].TextContent, StringComparison.Ordinal);

            Assert.Contains(panel.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/" + EmbedTargets.View(language, target));
            Assert.Equal("/assets/embed-panel.js", panel.QuerySelector("script")?.GetAttribute("src"));
        }
    }

    [Fact]
    public void A_plan_panel_lists_each_goal_that_can_be_embedded_on_its_own()
    {
        var panel = Site.Page("en/plans/kashiwa-4th/index.html").QuerySelector("details.embed-panel")!;
        var codes = panel.QuerySelectorAll("code").Select(c => c.TextContent).ToList();
        Assert.Contains("plans/kashiwa-4th/goals/priority-1", codes);
        Assert.Contains(panel.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/embed/en/plans.kashiwa-4th.html#goal-priority-1");
    }

    [Fact]
    public void An_untranslated_title_in_an_english_snippet_is_marked_japanese_and_content_is_escaped()
    {
        Assert.True(feature.Result.ExitCode == 0, feature.Result.ToString());
        var beta = feature.Site.Page("en/plans/beta/index.html").QuerySelector("#embed-script")!;
        Assert.Equal("ja", beta.GetAttribute("lang"));
        // The untranslated title, with its municipality in the same language (PlanTitles), is marked Japanese.
        Assert.Contains($"<a href=\"/en/plans/beta/\" lang=\"ja\">テスト市 {FeatureContent.BetaTitle}</a>", beta.TextContent, StringComparison.Ordinal);

        var alpha = feature.Site.Page("ja/plans/alpha/index.html");
        Assert.Empty(alpha.QuerySelectorAll("details.embed-panel script:not([src])"));
        var code = alpha.QuerySelector("#embed-script")!.TextContent;
        Assert.Contains("アルファ計画&lt;script&gt;", code, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", code, StringComparison.Ordinal);
    }
}
