using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Embedding;

/// <summary>One goal of a plan that can be embedded on its own, for the list in the "Embed this" panel.</summary>
public sealed record GoalEmbed(PlanSection Goal, string Label, string Name, string PreviewUrl);

/// <summary>
/// The three snippets the "Embed this" panel offers for a full page, from the richest to the plainest:
/// embed.js (auto height), a plain iframe (for CMSs that strip scripts) and a plain link (for CMSs that
/// strip iframes too). Addresses are absolute when the site's baseUrl is (production builds pass
/// --base-url), otherwise root-relative, which only works on the site itself.
/// </summary>
public sealed record EmbedSnippets(
    EmbedTarget Target,
    string Script,
    string Iframe,
    string Link,
    string PreviewUrl,
    string ScriptUrl,
    /// <summary>The title in the snippets is Japanese shown on an English page: the panel marks it lang="ja".</summary>
    bool TitleIsFallback,
    IReadOnlyList<GoalEmbed> Goals)
{
    /// <summary>The snippets of a plan or area page; null for pages that cannot be embedded.</summary>
    public static EmbedSnippets? For(PageModel page)
    {
        if (page is not (PlanPage or AreaPage) || EmbedTarget.Of(page) is not { } target) return null;
        var site = page.Site;
        var language = page.Language;
        var title = page.PlainTitle;
        var fallback = page.Title.IsFallback;
        var pageUrl = site.Urls.Absolute(site.Urls.Page(language, target.FullPagePath));
        var viewUrl = OEmbed.ViewUrl(site, target, language);
        var scriptUrl = site.Urls.Absolute(site.Urls.File(EmbedFiles.ScriptPath));
        var lang = fallback ? " lang=\"ja\"" : "";
        var link = $"<a href=\"{Html.Encode(pageUrl)}\"{lang}>{Html.Encode(title)}</a>";

        var script =
            $"<div data-plan-embed=\"{target.Name}\" data-lang=\"{language.Code}\">{link}</div>\n" +
            $"<script src=\"{Html.Encode(scriptUrl)}\" async></script>";
        var iframe =
            $"<iframe src=\"{Html.Encode(viewUrl)}\" title=\"{Html.Encode(title + " | " + page.SiteTitle)}\" " +
            $"width=\"100%\" height=\"{OEmbed.Height}\" style=\"width:100%;height:{OEmbed.Height}px;border:0\" loading=\"lazy\" " +
            $"sandbox=\"{OEmbed.SandboxFlags}\"></iframe>";

        IReadOnlyList<GoalEmbed> goals = page is PlanPage plan
            ? plan.TopSections.Select(g =>
            {
                var goal = EmbedTarget.ForGoal(plan.Plan, g);
                return new GoalEmbed(g, plan.SectionLabel(g), goal.Name, site.Urls.File(goal.ViewAddress(language)));
            }).ToList()
            : [];

        return new EmbedSnippets(target, script, iframe, link, site.Urls.File(target.ViewPath(language)), scriptUrl, fallback, goals);
    }
}
