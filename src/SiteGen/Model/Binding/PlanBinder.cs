using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Markup.Leftovers;
using SiteGen.Markup.Notation;
using SiteGen.Markup.TableCaptions.Check;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>content/plans/&lt;slug&gt;/index.md (+ index.en.md) → <see cref="Plan"/>, as <see cref="PlanShapes"/> declares it.</summary>
public static class PlanBinder
{
    public static Plan? Bind(SourceDocument document, string folderName, SourceDocument? english, DiagnosticBag diagnostics,
        ReferenceList references, Func<string, Organisation?> organisations)
    {
        if (document.FrontMatter is null) return null;
        var narrative = new Narrative(Blank(document.Body), document.BodyFirstLine, Blank(english?.Body), english?.BodyFirstLine ?? 1,
            document.RelativePath, english?.RelativePath ?? Path.ChangeExtension(document.RelativePath, ".en.md"));
        TableCaptionCheck.Check(narrative.Ja, narrative.JaPath, narrative.JaFirstLine, "narrative", diagnostics);
        TableCaptionCheck.Check(narrative.En, narrative.EnPath, narrative.EnFirstLine, "narrative", diagnostics);
        LeftoverCheck.Check(narrative.Ja, narrative.JaPath, narrative.JaFirstLine, "narrative", diagnostics);
        LeftoverCheck.Check(narrative.En, narrative.EnPath, narrative.EnFirstLine, "narrative", diagnostics);
        NotationCheck.Check(narrative.Ja, I18n.Language.Ja, narrative.JaPath, narrative.JaFirstLine, "narrative", diagnostics);
        NotationCheck.Check(narrative.En, I18n.SiteLanguages.Default["en"], narrative.EnPath, narrative.EnFirstLine, "narrative", diagnostics);

        var context = new BindContext(new YamlContext(document.RelativePath, diagnostics));
        context.Set(new Links { References = references, Organisations = organisations });
        var state = context.State<PlanState>();
        state.Folder = folderName;
        state.Narrative = narrative;
        return PlanShapes.Plan.Read(document.FrontMatter, "", context);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
