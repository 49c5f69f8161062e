using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>A document that revises a plan, as a card or a plan page links it: its address, document type (else title) and date.</summary>
public sealed record RevisionLink(string Slug, LocalizedText Label, PartialDate? Published)
{
    public static RevisionLink Of(Plan revision) => new(revision.Slug, revision.DocumentType ?? revision.Title, revision.Published);

    public static ValueList<RevisionLink> Of(IEnumerable<Plan> revisions) => revisions.Select(Of).ToValueList();
}

/// <summary>What a home page prints of one plan: its card, the title with its municipality (<see cref="PlanTitles"/>).</summary>
public sealed record PlanCard(
    string Slug, Localized Title, PlanPhase Phase, ValueList<RevisionLink> Revisions, DocumentStatus Status,
    LocalizedText? Subtitle, PlanPeriod? Period, LocalizedText? DocumentType, PartialDate? Published, LocalizedText? Vision);

/// <summary>A publisher on a home page: its name and its plans' cards.</summary>
public sealed record PublisherCards(string Id, LocalizedText Name, ValueList<PlanCard> Plans);

/// <summary>A plan on the bilingual landing: its address, its titles in both languages and its document type.</summary>
public sealed record LandingPlan(string Slug, ValueList<Localized> Titles, LocalizedText? DocumentType)
{
    /// <summary>The title in the <paramref name="index"/>th of the site's languages.</summary>
    public Localized TitleIn(int index) => Titles[index];
}

/// <summary>The views of plans that the lists across plans print, made from the content once per page.</summary>
public static class PlanCards
{
    /// <summary>Each publisher with plans, its plans newest first; a revision is shown in the card of the plan it revises.</summary>
    public static ValueList<PublisherCards> ByPublisher(SiteContext site, Language language) =>
        site.Content.Organisations
            .Select(o => new PublisherCards(o.Id, o.Name, NewestFirst(site.Content.Plans
                    .Where(p => p.Publisher.Id == o.Id && (p.RevisionOf is null || site.Content.Plan(p.RevisionOf) is null)))
                .Select(p => Card(site, language, p)).ToValueList()))
            .Where(g => g.Plans.Count > 0)
            .ToValueList();

    private static PlanCard Card(SiteContext site, Language language, Plan plan) =>
        new(plan.Slug, PlanTitles.WithMunicipality(plan, language), PlanPhases.Of(plan.Period, site.AsOf), RevisionLink.Of(site.Content.RevisionsOf(plan.Slug)),
            plan.Status, plan.Subtitle, plan.Period, plan.DocumentType, plan.Published, plan.Vision?.Statement);

    /// <summary>Every plan (revisions too), by publisher as the home pages list them.</summary>
    public static ValueList<LandingPlan> Landing(SiteContext site) =>
        site.Content.Organisations
            .SelectMany(o => NewestFirst(site.Content.Plans.Where(p => p.Publisher.Id == o.Id)))
            .Select(p => new LandingPlan(p.Slug, site.Languages.All.Select(l => PlanTitles.WithMunicipality(p, l)).ToValueList(), p.DocumentType))
            .ToValueList();

    private static IEnumerable<Plan> NewestFirst(IEnumerable<Plan> plans) =>
        plans.OrderByDescending(p => p.Published).ThenBy(p => p.Slug, StringComparer.Ordinal);
}
