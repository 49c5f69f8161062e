using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Markup.TermLinks;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// The plans' own glossary terms against the site glossary (content/glossary.md): a term is written once. A plan
/// term with the id or the Japanese term of a site term is a warning at the plan's line, not an error: the plan's
/// entry is still shown, and its ※ marks link to it (a plan may keep its leaflet's own wording), but the site's
/// entry is almost always what was meant. A plan term that is not kana and has no reading cannot be put in 五十音
/// order: a warning too (it is listed after わ). A ※ after a word that neither glossary explains is a warning at the
/// mark: the reader is promised an explanation that is nowhere.
/// </summary>
public static class GlossaryChecks
{
    public static void Warn(SiteContent content, DiagnosticBag diagnostics)
    {
        WarnDuplicates(content, diagnostics);
        WarnUnmatchedMarks(content, diagnostics);
    }

    private static void WarnDuplicates(SiteContent content, DiagnosticBag diagnostics)
    {
        var site = content.Glossary;
        var byId = site.Terms.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var byTerm = site.Terms.DistinctBy(t => t.Term.Ja).ToDictionary(t => t.Term.Ja, StringComparer.Ordinal);
        foreach (var plan in content.Plans)
        {
            for (var i = 0; i < plan.Glossary.Count; i++)
            {
                var term = plan.Glossary[i];
                var at = new SourceLocation(plan.SourcePath, term.Line, 1);
                var field = $"glossary[{i + 1}]";
                if (byTerm.TryGetValue(term.Term.Ja, out var same) || byId.TryGetValue(term.Id, out same))
                {
                    var what = same.Term.Ja == term.Term.Ja ? $"the term `{term.Term.Ja}`" : $"the id `{term.Id}`";
                    diagnostics.Warning(at, field,
                        $"{what} is also in the site glossary ({site.SourcePath}:{same.Line}, `{same.Id}`: {same.Term.Ja}); this plan's page links its ※ marks to the plan's own entry",
                        same.Term.Ja == term.Term.Ja
                            ? "remove this entry to use the site's, which every plan shares; keep it only if this plan means something else by the word"
                            : "give this plan's term another id, so the two entries are not confused");
                }
                if (term.Reading is null && !Gojuon.IsAllKana(term.Term.Ja))
                    diagnostics.Warning(at, $"{field}.reading", $"the term `{term.Term.Ja}` has no reading, so the glossary cannot put it in 五十音 order (it is listed last)",
                        "add `reading:` in hiragana, e.g. `reading: ちいきりょく`");
            }
        }
    }

    private static void WarnUnmatchedMarks(SiteContent content, DiagnosticBag diagnostics)
    {
        var siteTerms = content.Glossary.Terms.SelectMany(t => Entries(t)).ToList();
        var siteIndex = new TermIndex(siteTerms, "");
        Report(content.Glossary.MarkedTexts.SelectMany(m => Unmatched(m, siteIndex)), content.Glossary.SourcePath, diagnostics);
        foreach (var plan in content.Plans)
        {
            if (plan.MarkedTexts.Count == 0 && !plan.Narrative.Bodies.Any(b => HasMark(b.Markdown))) continue;
            var index = plan.Glossary.Count == 0 ? siteIndex : new TermIndex([.. plan.Glossary.SelectMany(t => Entries(t)), .. siteTerms], "");
            var found = plan.MarkedTexts.SelectMany(m => Unmatched(m, index))
                .Concat(plan.Narrative.Bodies.SelectMany(b => TermMarks.UnmatchedIn(b.Markdown, b.Path, b.FirstLine, index)).Select(u => (u.At, "narrative", u.Word)));
            Report(found, content.Glossary.SourcePath, diagnostics);
        }
    }

    private static bool HasMark(string? text) => text?.Contains('※') == true;

    private static IEnumerable<TermIndex.Entry> Entries(GlossaryTerm term) =>
        term.Writings.Select(text => new TermIndex.Entry(text, term.Id, ""));

    private static IEnumerable<(SourceLocation At, string Field, string Word)> Unmatched(MarkedText marked, TermIndex index) =>
        TermMarks.Unmatched(marked.Text, index).Select(u => (TermMarks.At(marked, u.Index), marked.Field, u.Word));

    private static void Report(IEnumerable<(SourceLocation At, string Field, string Word)> found, string? siteGlossary, DiagnosticBag diagnostics)
    {
        foreach (var (at, field, word) in found)
            diagnostics.Warning(at, field, $"`{word}※`: no glossary term ends just before this ※, so it links to no explanation",
                $"write the term as the glossary does, or add it to {siteGlossary ?? "content/glossary.md"} (every plan shares it) or to this plan's `glossary:`; for a note, start the line with ※");
    }
}
