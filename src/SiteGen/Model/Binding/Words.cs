using SiteGen.Model;

namespace SiteGen.Model.Binding;

/// <summary>The words content files use for enumerations: kebab-case English, the same in every language.</summary>
public static class Words
{
    public static readonly IReadOnlyDictionary<string, ActionFlags> Flags = new Dictionary<string, ActionFlags>
    {
        ["priority"] = ActionFlags.Priority,
        ["new"] = ActionFlags.New,
        ["revised"] = ActionFlags.Revised,
        ["ended"] = ActionFlags.Ended,
    };

    public static readonly IReadOnlyDictionary<string, GoalKind> GoalKinds = new Dictionary<string, GoalKind>
    {
        ["basic"] = GoalKind.Basic,
        ["priority"] = GoalKind.Priority,
    };

    public static readonly IReadOnlyDictionary<string, DirectionKind> DirectionKinds = new Dictionary<string, DirectionKind>
    {
        ["direction"] = DirectionKind.Direction,
        ["pillar"] = DirectionKind.Pillar,
    };

    public static readonly IReadOnlyDictionary<string, AreaLayer> Layers = new Dictionary<string, AreaLayer>
    {
        ["whole-city"] = AreaLayer.WholeCity,
        ["community-area"] = AreaLayer.CommunityArea,
        ["junior-high-school-district"] = AreaLayer.JuniorHighSchoolDistrict,
        ["elementary-school-district"] = AreaLayer.ElementarySchoolDistrict,
        ["branch"] = AreaLayer.Branch,
        ["district"] = AreaLayer.District,
        ["neighbourhood-association"] = AreaLayer.NeighbourhoodAssociation,
    };

    public static readonly IReadOnlyDictionary<string, ChartKind> Charts = new Dictionary<string, ChartKind>
    {
        ["stacked-bar"] = ChartKind.StackedBar,
        ["line"] = ChartKind.Line,
        ["none"] = ChartKind.None,
    };

    public static string Of(AreaLayer layer) => Layers.First(p => p.Value == layer).Key;
    public static string Of(ActionFlags flag) => Flags.First(p => p.Value == flag).Key;
    public static string Of(ChartKind chart) => Charts.First(p => p.Value == chart).Key;
}
