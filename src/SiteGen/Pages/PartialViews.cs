using SiteGen.Model;

namespace SiteGen.Pages;

// The models of the theme's partial templates (_Action.cshtml...): the page, for its helpers and
// language, and the one thing the partial shows. RazorLight speaks Razor 2.2, which has no markup
// in functions, so repeated markup lives in partials, which a theme can also override one by one.

public sealed record ActionView(PlanPage Page, ActionItem Action);

public sealed record FlagsView(PageModel Page, IReadOnlyList<ActionFlags> Flags);

public sealed record ChangeView(PageModel Page, ActionChange Change);

/// <summary>What a goal, direction or action carries besides its text: roles, programmes, notes and columns.</summary>
public sealed record NodePartsView(PageModel Page, NodeParts Parts);

public sealed record MarkView(PlanPage Page, string Symbol);

public sealed record TableView(PageModel Page, DataTable Table);

public sealed record AreaTreeView(AreasIndexPage Page, IReadOnlyList<ServiceArea> Areas);

/// <summary>The "Embed this" panel of a plan or area page (_EmbedPanel.cshtml): the snippets, built by <see cref="Embedding.EmbedSnippets"/>.</summary>
public sealed record EmbedPanelView(PageModel Page, Embedding.EmbedSnippets Snippets);
