using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>content/glossary.md → <see cref="SiteGlossary"/>, as <see cref="GlossaryShapes"/> declares it.</summary>
public static class GlossaryBinder
{
    public static SiteGlossary? Bind(SourceDocument document, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter is null) return null;
        var context = new BindContext(new YamlContext(document.RelativePath, diagnostics));
        return GlossaryShapes.Glossary.Read(document.FrontMatter, "", context);
    }
}
