using SiteGen.Pages;

namespace SiteGen.Tests.Architecture;

public class NamespaceTests
{
    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(PageModel).Assembly);

    [Fact]
    public void No_namespace_reaches_back_to_itself()
    {
        var cycles = Graph.Cycles();
        var report = cycles.Select(cycle => string.Join(" ↔ ", cycle) + ":\n" + string.Join("\n",
            Graph.Edges.Where(edge => cycle.Contains(edge.Key.From) && cycle.Contains(edge.Key.To))
                .OrderBy(edge => edge.Key.From, StringComparer.Ordinal).ThenBy(edge => edge.Key.To, StringComparer.Ordinal)
                .Select(edge => $"  {edge.Key.From} → {edge.Key.To} ({edge.Value})")));
        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n", report));
    }

    [Fact]
    public void The_graph_sees_calls_as_well_as_signatures()
    {
        // Pages name SiteUrls in signatures; Cli reaches the dev server only by calling it (ServeCommand → DevServer).
        Assert.Contains(("SiteGen.Pages", "SiteGen.Addressing"), Graph.Edges.Keys);
        Assert.Contains(("SiteGen.Cli", "SiteGen.Serve"), Graph.Edges.Keys);
        Assert.DoesNotContain(("SiteGen.Addressing", "SiteGen.Pages"), Graph.Edges.Keys);
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = NamespaceGraph.Of(typeof(NamespaceTests).Assembly);
        Assert.Contains(graph.Cycles(), cycle => cycle.SequenceEqual(["SiteGen.Tests.Architecture", "SiteGen.Tests.Architecture.Fixture"]));
    }
}
