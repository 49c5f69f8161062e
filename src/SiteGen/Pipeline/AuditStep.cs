using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Pipeline;

/// <summary>
/// The accessibility audit of every page the build checked, as the input of the pages that publish it: the about
/// pages are made from its result (not filled in), so they render after all the others, in every build.
/// </summary>
internal static class AuditStep
{
    public static IReadOnlyList<PageModel> Pages(PlannedSite planned, AuditResult audit) =>
        [.. planned.Pages.OfType<AboutPage>().Select(about => about.With(audit))];
}
