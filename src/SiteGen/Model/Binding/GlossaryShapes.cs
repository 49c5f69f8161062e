using System.Text.Json.Nodes;
using SiteGen.I18n;
using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>
/// content/glossary.md: the site glossary, the terms every plan shares, each written once (民生委員・児童委員,
/// 成年後見制度 …). A plan's own `glossary:` terms (<see cref="PlanShapes.GlossaryTerm"/>) are for words of that plan only.
/// </summary>
public static class GlossaryShapes
{
    /// <summary>A reading in kana: what the glossary is put in 五十音 order by (<see cref="Gojuon"/>).</summary>
    public static readonly FieldType<string> Reading = Types.String.Then((value, node, path, context) =>
    {
        if (Gojuon.IsReading(value)) return value;
        context.Error(node, path, $"the reading `{value}` is not kana",
            "write the reading in hiragana (or katakana), e.g. `みんせいいいん・じどういいん`; parts may be parted by ・ or a space");
        return null;
    }).As(new("読みがな（ひらがな・カタカナ）", "reading (hiragana or katakana)"),
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FC-\\u30FE・ 　]+$" });

    public static readonly Shape<GlossaryTerm> Term = Shape<GlossaryTerm>.Declare("siteTerm", new("用語（サイト共通）", "Site glossary term"), s =>
    {
        var id = s.Required("id", Id, "minsei-iin", new("用語集の中で重ならない id。ページのアドレスの `#term-…` になります",
            "An id not used by another term of the glossary; it becomes `#term-…` in page addresses"));
        var term = s.Required("term", Text, "{ja: 民生委員・児童委員, en: commissioned welfare volunteers and child welfare volunteers}",
            new("用語。英語は docs/terminology.md の言い方にそろえます", "The term; the English as in docs/terminology.md"));
        var reading = s.Required("reading", Reading, "みんせいいいん・じどういいん",
            new("読みがな。五十音順の並びに使い、日本語と英語の用語解説に表示します。英語のページではローマ字（seinen kōken seido）にもなり、語と語の間に空白を入れるとローマ字の区切りになります",
                "The reading in kana: puts the glossary in 五十音 order and is shown in both languages; English pages also give it in Roman letters (seinen kōken seido), parted into words where the reading has a space"));
        var definition = s.Required("definition", Prose, "{ja: …, en: …}", new("説明", "Explanation"));
        return r => new GlossaryTerm(r.Get(id), r.Get(term), r.Get(reading), r.Get(definition)) { Line = r.Line };
    });

    public static readonly Shape<SiteGlossary> Glossary = Shape<SiteGlossary>.Declare("glossary", new("用語解説（サイト共通）", "Site glossary"), s =>
    {
        var terms = s.List("terms", Term, new("用語のリスト（1 つ以上）。並べる順は自由で、ページでは五十音順（英語のページはアルファベット順）になります",
                "The list of terms (at least one), in any order: the pages put them in 五十音 order (the English page in alphabetical order)"),
            ("the glossary has no terms", "list each term with its id, term, reading and definition, or delete content/glossary.md"));
        s.Check(r =>
        {
            if (r.NodeOf(terms) is not { } node) return;
            PlanChecks.Unique(r, r.PathOf(terms), node, r.Get(terms).Select(t => t.Id));
            foreach (var twice in r.Get(terms).GroupBy(t => t.Term.Ja, StringComparer.Ordinal).Where(g => g.Count() > 1))
                r.Context.Diagnostics.Error(new Diagnostics.SourceLocation(r.Context.File, twice.Last().Line, 1), r.PathOf(terms),
                    $"the term `{twice.Key}` is written twice (line {twice.First().Line} and line {twice.Last().Line})",
                    "write each term once; merge the two definitions");
        });
        return r => new SiteGlossary(r.Get(terms), r.Context.File) { Texts = [.. r.Context.Texts], MarkedTexts = [.. r.Context.Marked] };
    });
}
