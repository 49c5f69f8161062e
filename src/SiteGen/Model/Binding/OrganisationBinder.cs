using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>content/organisations/&lt;id&gt;.md → <see cref="Organisation"/>, as <see cref="OrganisationShapes"/> declares it.</summary>
public static class OrganisationBinder
{
    public static Organisation? Bind(SourceDocument document, string id, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter is null) return null;
        var context = new BindContext(new YamlContext(document.RelativePath, diagnostics));
        context.State<DocumentId>().Id = id;
        return OrganisationShapes.Organisation.Read(document.FrontMatter, "", context);
    }
}
