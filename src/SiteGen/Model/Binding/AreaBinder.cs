using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Markup.TableCaptions.Check;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>content/areas/&lt;id&gt;.md → <see cref="ServiceArea"/>: the fields as <see cref="AreaShapes"/> declares them, the bodies as descriptions.</summary>
public static class AreaBinder
{
    public static ServiceArea? Bind(SourceDocument document, string id, TranslationFiles translations, DiagnosticBag diagnostics, ReferenceList references)
    {
        if (document.FrontMatter is null) return null;
        var context = new BindContext(new YamlContext(document.RelativePath, diagnostics));
        context.Set(new Links { References = references });
        if (AreaShapes.Area.Read(document.FrontMatter, "", context) is not { } fields) return null;
        // A translation's description's line is not known here (its file is read for its text alone): its tables are
        // still captioned on the page, and the audit on the about page lists one without a caption.
        TableCaptionCheck.Check(Blank(document.Body), document.RelativePath, document.BodyFirstLine, "description", diagnostics);
        var description = Blank(document.Body) is { } japanese
            ? new LocalizedText(japanese, translations.Files.Select(t => KeyValuePair.Create(t.Language.Code, Blank(t.Document.Body)!)))
            : null;
        return new ServiceArea(id, fields.Name, fields.Layer, fields.ParentId, fields.OrganisationId, description, document.RelativePath, fields.ParentAt);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
