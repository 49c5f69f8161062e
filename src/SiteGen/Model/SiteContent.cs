namespace SiteGen.Model;

/// <summary>Everything the content folder describes, bound and cross-checked: the input of rendering.</summary>
public sealed record SiteContent(
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<ServiceArea> Areas)
{
    public ServiceArea? Area(string id) => Areas.FirstOrDefault(a => a.Id == id);
    public Plan? Plan(string slug) => Plans.FirstOrDefault(p => p.Slug == slug);
}
