using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>content/areas/&lt;id&gt;.md: a named area residents live in. Its body is the description; &lt;id&gt;.en.md the English one.</summary>
public static class AreaShapes
{
    /// <summary>The area's fields; the descriptions come from the files' bodies (see <see cref="AreaBinder"/>).</summary>
    public sealed record Fields(LocalizedText Name, AreaLayer Layer, string? ParentId, string OrganisationId, Diagnostics.SourceLocation? ParentAt) : BoundRecord;

    public static readonly Shape<Fields> Area = Shape<Fields>.Declare("area", new("地域", "Area"), s =>
    {
        var name = s.Required("name", Text, "{ja: 柏中央地区, en: Kashiwa-Chuo district}", new("地域の名前", "The area's name"));
        var layer = s.Required("layer", Word(Words.Layers), "district", new("地域の種類", "The kind of area"));
        var parent = s.Optional("parent", ContentTypes.AreaId, new("1 つ上の（より大きい）地域の id。例：地区の親は全市", "The id of the next larger area, e.g. a district's parent is the whole city"));
        var organisation = s.Required("organisation", ContentTypes.OrganisationId, "kashiwa-shakyo", new("この地域を担当する団体の id", "The id of the organisation responsible for the area"));
        return r => new Fields(r.Get(name), r.Get(layer)!.Value, r.Get(parent), r.Get(organisation),
            r.NodeOf(parent) is { } at ? r.Context.At(at) : null);
    });
}
