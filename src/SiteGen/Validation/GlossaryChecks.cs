using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// The plans' own glossary terms against the site glossary (content/glossary.md): a term is written once. A plan
/// term with the id or the Japanese term of a site term is a warning at the plan's line, not an error: the plan's
/// entry is still shown, and its ※ marks link to it (a plan may keep its leaflet's own wording), but the site's
/// entry is almost always what was meant. A plan term that is not kana and has no reading cannot be put in 五十音
/// order: a warning too (it is listed after わ).
/// </summary>
public static class GlossaryChecks
{
    public static void Warn(SiteContent content, DiagnosticBag diagnostics)
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
}
