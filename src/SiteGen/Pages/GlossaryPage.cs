using SiteGen.I18n;
using SiteGen.Markup.TermLinks;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// One entry of the glossary page: a site term (<see cref="Plan"/> null) or a plan's own, with its id on the page. All the
/// page prints of a plan is the address and title of the plan a term is from.
/// </summary>
public sealed record GlossaryEntry(GlossaryTerm Term, PlanLink? Plan, string Anchor, string? Reading);

/// <summary>A plan as a link to it: its address and title.</summary>
public sealed record PlanLink(string Slug, LocalizedText Title)
{
    public static PlanLink Of(Plan plan) => new(plan.Slug, plan.Title);
}

/// <summary>A group of the glossary page under its heading: a row of the 五十音 table (あ行) or a letter (A).</summary>
public sealed record GlossaryGroup(string Label, string Heading, string Anchor, ValueList<GlossaryEntry> Entries);

/// <summary>
/// /&lt;lang&gt;/glossary/: the site glossary (content/glossary.md) and every plan's own ※ terms, in one list. Japanese in
/// 五十音 order of the readings (<see cref="Gojuon"/>) under あ か さ … わ; English in alphabetical order of the English
/// terms under their letters, each showing the Japanese term and its reading.
/// </summary>
public sealed class GlossaryPage(SiteContext site, Language language) : PageModel(site, language, "glossary/")
{
    public override string Template => "Glossary.cshtml";
    public override bool InSearchIndex => true;
    public override Localized Title => new(Ui.GlossaryHeading, Language, false);
    public override string Description => Ui.GlossaryIntro;

    /// <summary>The id of a site term's entry (<c>term-…</c>), and of a plan term's (<c>term-&lt;plan&gt;-…</c>).</summary>
    public static string AnchorOf(GlossaryTerm term, Plan? plan) => SiteGlossary.AnchorOf(plan is null ? term.Id : plan.Slug + "-" + term.Id);

    /// <summary>The reading the glossary sorts a term by: its own, or the term itself when it is written in kana only.</summary>
    public static string? ReadingOf(GlossaryTerm term) => term.Reading ?? (Gojuon.IsAllKana(term.Term.Ja) ? term.Term.Ja : null);

    /// <summary>The entries in their groups: what the page prints of the site glossary and of every plan, and what an incremental build compares.</summary>
    public ValueList<GlossaryGroup> Groups => _groups ??= (Language.IsJapanese ? Japanese(Entries()) : English(Entries())).ToValueList();
    private ValueList<GlossaryGroup>? _groups;

    private static readonly string[] RowAnchors = ["a", "ka", "sa", "ta", "na", "ha", "ma", "ya", "ra", "wa"];

    private IEnumerable<GlossaryEntry> Entries() =>
        Site.Content.Glossary.Terms.Select(t => new GlossaryEntry(t, null, AnchorOf(t, null), ReadingOf(t)))
            .Concat(Site.Content.Plans.SelectMany(p => p.Glossary.Select(t => new GlossaryEntry(t, PlanLink.Of(p), AnchorOf(t, p), ReadingOf(t)))));

    /// <summary>The tie-break after the words: the site's entry before a plan's, then plans by address, then ids.</summary>
    private static IOrderedEnumerable<GlossaryEntry> ThenStable(IOrderedEnumerable<GlossaryEntry> entries) =>
        entries.ThenBy(e => e.Plan is null ? 0 : 1).ThenBy(e => e.Plan?.Slug, StringComparer.Ordinal).ThenBy(e => e.Term.Id, StringComparer.Ordinal);

    private IReadOnlyList<GlossaryGroup> Japanese(IEnumerable<GlossaryEntry> entries)
    {
        var sorted = ThenStable(entries
            .OrderBy(e => e.Reading is null ? 1 : 0)
            .ThenBy(e => e.Reading ?? "", Comparer<string>.Create(Gojuon.Compare))
            .ThenBy(e => e.Term.Term.Ja, StringComparer.Ordinal));
        var groups = new List<GlossaryGroup>();
        foreach (var group in sorted.GroupBy(e => e.Reading is { } r ? Gojuon.RowOf(r) : null))
        {
            var row = group.Key is null ? -1 : Gojuon.Rows.ToList().IndexOf(group.Key);
            groups.Add(row < 0
                ? new GlossaryGroup(Ui.GlossaryOther, Ui.GlossaryOther, "row-other", group.ToValueList())
                : new GlossaryGroup(group.Key!, Ui.Format(Ui.GlossaryRow, group.Key!), "row-" + RowAnchors[row], group.ToValueList()));
        }
        // An entry without a reading is sorted last, but one whose reading starts with no kana may sit between: one "other" group, at the end.
        return [.. groups.Where(g => g.Anchor != "row-other"), .. Merge(groups.Where(g => g.Anchor == "row-other"))];
    }

    private static IEnumerable<GlossaryGroup> Merge(IEnumerable<GlossaryGroup> groups)
    {
        var list = groups.ToList();
        if (list.Count > 0) yield return list[0] with { Entries = list.SelectMany(g => g.Entries).ToValueList() };
    }

    private IReadOnlyList<GlossaryGroup> English(IEnumerable<GlossaryEntry> entries)
    {
        string Words(GlossaryEntry e) => Markup.Ruby.RubyText.Strip(e.Term.Term.In(Language).Text).TrimStart('"', '“', '\'', '(', ' ');
        var sorted = ThenStable(entries.OrderBy(Words, StringComparer.OrdinalIgnoreCase).ThenBy(Words, StringComparer.Ordinal));
        var groups = new List<GlossaryGroup>();
        foreach (var group in sorted.GroupBy(e => Words(e) is { Length: > 0 } w && char.IsAsciiLetter(w[0]) ? char.ToUpperInvariant(w[0]).ToString() : null))
            groups.Add(group.Key is null
                ? new GlossaryGroup(Ui.GlossaryOther, Ui.GlossaryOther, "letter-other", group.ToValueList())
                : new GlossaryGroup(group.Key, Ui.Format(Ui.GlossaryRow, group.Key), "letter-" + group.Key.ToLowerInvariant(), group.ToValueList()));
        return [.. groups.Where(g => g.Anchor != "letter-other"), .. Merge(groups.Where(g => g.Anchor == "letter-other"))];
    }

    /// <summary>A site term's definition may mark another site term with ※: it links within this page.</summary>
    public override TermIndex? Terms => _terms ??= new TermIndex(
        Site.Content.Glossary.Terms.SelectMany(t => SiteContext.TermLinkEntries(t, "#" + AnchorOf(t, null))), Ui.TermLinkHint);
    private TermIndex? _terms;

    /// <summary>The entries: an edit to anything of a plan but its ※ notes, address and title leaves the glossary alone.</summary>
    public override IReadOnlyList<object> DependsOn => [Groups];
}
