namespace SiteGen.Model;

/// <summary>The layers a council plans in, from the whole city down to neighbourhood associations.</summary>
public enum AreaLayer
{
    WholeCity,
    CommunityArea,
    JuniorHighSchoolDistrict,
    ElementarySchoolDistrict,
    Branch,
    District,
    NeighbourhoodAssociation,
}

/// <summary>
/// A named area residents live in (柏中央地区, 新富地区, a junior high school district...).
/// Areas are shared by all plans, so a resident can see everything planned for their area in one page.
/// </summary>
public sealed record ServiceArea(
    string Id,
    LocalizedText Name,
    AreaLayer Layer,
    string? ParentId,
    string OrganisationId,
    /// <summary>The Markdown bodies of &lt;id&gt;.md and its translations (&lt;id&gt;.en.md…); null when the Japanese has none.</summary>
    LocalizedText? Description,
    string SourcePath,
    /// <summary>Where `parent:` is written, to point at it when the parents form a loop.</summary>
    Diagnostics.SourceLocation? ParentAt = null);
