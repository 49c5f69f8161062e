using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// A value standing in <see cref="PageModel.DependsOn"/> for what a page prints of a plan, instead of
/// the plan itself: incremental builds compare it with Equals, not by object, so an edit to a part the
/// page does not print leaves the page alone. Each is kept in step with the built-in template that
/// prints it; a site whose theme has templates of its own is rebuilt whole in `serve` instead.
/// </summary>
public interface IPrintedParts;

/// <summary>What a home page prints of a plan (Home.cshtml): its card in its publisher's list.</summary>
public sealed record PlanOnHomePage(
    string Slug, string PublisherId, LocalizedText Title, LocalizedText? Subtitle, PlanPeriod? Period,
    LocalizedText? DocumentType, PartialDate? Published, LocalizedText? Vision, DocumentStatus Status, string? RevisionOf) : IPrintedParts
{
    public static PlanOnHomePage Of(Plan plan) =>
        new(plan.Slug, plan.Publisher.Id, plan.Title, plan.Subtitle, plan.Period, plan.DocumentType, plan.Published, plan.Vision?.Statement, plan.Status, plan.RevisionOf);
}

/// <summary>What the glossary prints of a plan (Glossary.cshtml): its ※ notes, its address and title.</summary>
public sealed record PlanInGlossary(string Slug, LocalizedText Title, IReadOnlyList<GlossaryTerm> Terms) : IPrintedParts
{
    public static PlanInGlossary Of(Plan plan) => new(plan.Slug, plan.Title, plan.Glossary);

    // The terms are compared one by one (a record compares a list by reference).
    public bool Equals(PlanInGlossary? other) =>
        other is not null && Slug == other.Slug && Title == other.Title && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Slug, Title, Terms.Count);
}

/// <summary>What a page prints of the site glossary (the glossary pages, and a plan page's ※ links): all of it, compared by value.</summary>
public sealed record GlossaryOnPage(SiteGlossary Glossary) : IPrintedParts;
