using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>The iframe of an embed view as a council pastes it: the panel's snippet and the oEmbed response give the same.</summary>
public static class EmbedFrame
{
    /// <summary>The size the iframe starts at; embed.js and WordPress then follow the content's height.</summary>
    public const int Width = 600;
    public const int Height = 600;

    /// <summary>
    /// What the embed view needs when a host sandboxes it: scripts (to report its height), its own origin
    /// (so embed.js can check who speaks), and leaving the frame when a reader follows a link.
    /// </summary>
    public const string SandboxFlags = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";
}

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
    internal static EmbedSnippets? For(PageModel page)
    {
        if (page is not (PlanPage or AreaPage) || page.EmbedTarget is not { } target) return null;
        var site = page.Site;
        var language = page.Language;
        var title = page.PlainTitle;
        var fallback = page.Title.IsFallback;
        var pageUrl = site.Urls.Absolute(site.Urls.Page(language, target.FullPagePath));
        var viewUrl = site.Urls.Absolute(site.Urls.File(target.ViewAddress(language)));
        var scriptUrl = site.Urls.Absolute(site.Urls.File(EmbedTarget.ScriptPath));
        var lang = fallback ? " lang=\"ja\"" : "";
        var link = $"<a href=\"{Html.Encode(pageUrl)}\"{lang}>{Html.Encode(title)}</a>";

        var script =
            $"<div data-plan-embed=\"{target.Name}\" data-lang=\"{language.Code}\">{link}</div>\n" +
            $"<script src=\"{Html.Encode(scriptUrl)}\" async></script>";
        var iframe =
            $"<iframe src=\"{Html.Encode(viewUrl)}\" title=\"{Html.Encode(title + " | " + page.SiteTitle)}\" " +
            $"width=\"100%\" height=\"{EmbedFrame.Height}\" style=\"width:100%;height:{EmbedFrame.Height}px;border:0\" loading=\"lazy\" " +
            $"sandbox=\"{EmbedFrame.SandboxFlags}\"></iframe>";

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
