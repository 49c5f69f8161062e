using SiteGen.Model;

namespace SiteGen.Pages;

// The models of the theme's partial templates (_Action.cshtml...): the page, for its helpers and
// language, and the one thing the partial shows. RazorLight speaks Razor 2.2, which has no markup
// in functions, so repeated markup lives in partials, which a theme can also override one by one.

/// <param name="PartsHeading">The heading level of what the action carries (roles, programmes): one below its section's.</param>
public sealed record ActionView(PlanPage Page, ActionItem Action, int PartsHeading = 4);

/// <summary>A section and what nests under it; <paramref name="Depth"/> 0 is a section at the top of its group (an h3).</summary>
public sealed record SectionView(PlanPage Page, PlanSection Section, int Depth)
{
    /// <summary>h3 at the top, one deeper per level; h6 is the last a page has.</summary>
    public int Level => Math.Min(3 + Depth, 6);
}

/// <summary>Sibling sections: those with only a title are listed, the others given a section each.</summary>
public sealed record SectionsView(PlanPage Page, IReadOnlyList<PlanSection> Sections, int Depth);

public sealed record FlagsView(PageModel Page, IReadOnlyList<ActionFlags> Flags);

/// <summary>An organisation's contact details (the contact page, a plan's publisher).</summary>
public sealed record ContactView(PageModel Page, LocalizedText Name, Contact Details);

public sealed record ChangeView(PageModel Page, ActionChange Change);

/// <summary>What a section or action carries besides its text: roles, programmes, notes and columns.</summary>
/// <param name="Heading">The heading level of each part (h4 under an h3).</param>
public sealed record NodePartsView(PageModel Page, NodeParts Parts, int Heading = 4)
{
    public string Tag => "h" + Math.Min(Heading, 6);
}

/// <param name="SymbolOnly">Only the mark is shown (a matrix under its legend); its meaning is still read out.</param>
public sealed record MarkView(PlanPage Page, string Symbol, bool SymbolOnly = false);

/// <summary>A plan's phase in <paramref name="AsOf"/> and its revisions, each linked.</summary>
public sealed record PlanPhaseView(PageModel Page, PlanPhase Phase, FiscalYear AsOf, IReadOnlyList<RevisionLink> Revisions);

public sealed record TableView(PageModel Page, DataTable Table)
{
    /// <summary>The chart drawn above the table when its `chart:` asks for one.</summary>
    public ChartFigure? Chart => PlanCharts.ForTable(Page, Table);
}

public sealed record AreaTreeView(AreasIndexPage Page, IReadOnlyList<ServiceArea> Areas);

/// <summary>The "Embed this" panel of a plan or area page (_EmbedPanel.cshtml): the snippets, built by <see cref="EmbedSnippets"/>.</summary>
public sealed record EmbedPanelView(PageModel Page, EmbedSnippets Snippets)
{
    /// <summary>The panel of a page that can be embedded whole (plans and areas), or null.</summary>
    public static EmbedPanelView? Of(PageModel page) => EmbedSnippets.For(page) is { } snippets ? new(page, snippets) : null;
}

/// <summary>A glossary term as its entry is headed (the glossary page, a plan's glossary).</summary>
public sealed record GlossaryTermView(PageModel Page, GlossaryTerm Term);
