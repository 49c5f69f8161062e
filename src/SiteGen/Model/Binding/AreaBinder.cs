using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Markup.TableCaptions;
using static SiteGen.Content.Yaml.YamlValues;

namespace SiteGen.Model.Binding;

/// <summary>content/areas/&lt;id&gt;.md → <see cref="ServiceArea"/>. The body is the area's description in Japanese; &lt;id&gt;.en.md in English.</summary>
public static class AreaBinder
{
    public static ServiceArea? Bind(SourceDocument document, string id, string? englishBody, DiagnosticBag diagnostics, ReferenceList references)
    {
        if (document.FrontMatter is null) return null;
        var context = new YamlContext(document.RelativePath, diagnostics);
        var map = MapReader.Of(document.FrontMatter, "", context)!;

        var name = map.Required("name", Text, "{ja: 柏中央地区, en: Kashiwa-Chuo district}");
        var layer = map.Required("layer", Enum(Words.Layers), "district");
        var parent = map.Optional("parent", Id);
        if (parent is not null) references.Add(ReferenceKind.Area, parent, context.At(map.Get("parent")!), "parent");
        var organisation = map.Required("organisation", Id, "kashiwa-shakyo");
        if (organisation is not null) references.Add(ReferenceKind.Organisation, organisation, context.At(map.Get("organisation")!), "organisation");
        map.RejectUnknown();

        if (name is null || layer is null || organisation is null) return null;
        var parentAt = map.Get("parent") is { } parentNode ? context.At(parentNode) : (SourceLocation?)null;
        // The English description's line is not known here (its file is read for its text alone): its tables are
        // still captioned on the page, and the audit on the about page lists one without a caption.
        TableCaptionCheck.Check(Blank(document.Body), document.RelativePath, document.BodyFirstLine, "description", diagnostics);
        return new ServiceArea(id, name, layer.Value, parent, organisation, Blank(document.Body), Blank(englishBody), document.RelativePath, parentAt);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
