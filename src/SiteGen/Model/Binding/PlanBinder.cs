using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Markup.Leftovers;
using SiteGen.Markup.Notation;
using SiteGen.Markup.TableCaptions.Check;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>content/plans/&lt;slug&gt;/index.md (+ index.&lt;code&gt;.md per translation) → <see cref="Plan"/>, as <see cref="PlanShapes"/> declares it.</summary>
public static class PlanBinder
{
    public static Plan? Bind(SourceDocument document, string folderName, TranslationFiles translations, DiagnosticBag diagnostics,
        ReferenceList references, Func<string, Organisation?> organisations)
    {
        if (document.FrontMatter is null) return null;
        var narrative = new Narrative(document.RelativePath, Body(document),
            translations.Files.Select(t => Body(t.Document) is { } body ? KeyValuePair.Create(t.Language.Code, body) : (KeyValuePair<string, NarrativeBody>?)null)
                .OfType<KeyValuePair<string, NarrativeBody>>());
        foreach (var (language, body) in new[] { (I18n.Language.Ja, narrative.Japanese) }.Concat(translations.Files.Select(t => (t.Language, narrative.BodyIn(t.Language)))))
        {
            if (body is null) continue;
            TableCaptionCheck.Check(body.Markdown, body.Path, body.FirstLine, "narrative", diagnostics);
            LeftoverCheck.Check(body.Markdown, body.Path, body.FirstLine, "narrative", diagnostics);
            NotationCheck.Check(body.Markdown, language, body.Path, body.FirstLine, "narrative", diagnostics);
        }

        var context = new BindContext(new YamlContext(document.RelativePath, diagnostics));
        context.Set(new Links { References = references, Organisations = organisations });
        var state = context.State<PlanState>();
        state.Folder = folderName;
        state.Narrative = narrative;
        return PlanShapes.Plan.Read(document.FrontMatter, "", context);
    }

    private static NarrativeBody? Body(SourceDocument document) =>
        string.IsNullOrWhiteSpace(document.Body) ? null : new NarrativeBody(document.Body, document.RelativePath, document.BodyFirstLine);
}
