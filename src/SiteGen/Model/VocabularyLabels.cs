using SiteGen.I18n;

namespace SiteGen.Model;

/// <summary>
/// The UI strings' words for the plan vocabulary (area layers, action flags): kept with the model, so the UI
/// strings need not know the model and a value added to it is named here beside it.
/// </summary>
public static class VocabularyLabels
{
    public static string Layer(this UiStrings ui, AreaLayer layer) => layer switch
    {
        AreaLayer.WholeCity => ui.LayerWholeCity,
        AreaLayer.CommunityArea => ui.LayerCommunityArea,
        AreaLayer.JuniorHighSchoolDistrict => ui.LayerJuniorHighSchoolDistrict,
        AreaLayer.ElementarySchoolDistrict => ui.LayerElementarySchoolDistrict,
        AreaLayer.Branch => ui.LayerBranch,
        AreaLayer.District => ui.LayerDistrict,
        AreaLayer.NeighbourhoodAssociation => ui.LayerNeighbourhoodAssociation,
        _ => throw Unnamed(layer),
    };

    /// <summary>
    /// What <paramref name="count"/> areas of <paramref name="layer"/> are called: the name for one, else its plural
    /// (12 junior high school districts; with no count, the layer as a whole: Neighbourhood associations).
    /// </summary>
    public static string Layer(this UiStrings ui, AreaLayer layer, int count) => count == 1 ? ui.Layer(layer) : layer switch
    {
        AreaLayer.WholeCity => ui.LayerWholeCityPlural,
        AreaLayer.CommunityArea => ui.LayerCommunityAreaPlural,
        AreaLayer.JuniorHighSchoolDistrict => ui.LayerJuniorHighSchoolDistrictPlural,
        AreaLayer.ElementarySchoolDistrict => ui.LayerElementarySchoolDistrictPlural,
        AreaLayer.Branch => ui.LayerBranchPlural,
        AreaLayer.District => ui.LayerDistrictPlural,
        AreaLayer.NeighbourhoodAssociation => ui.LayerNeighbourhoodAssociationPlural,
        _ => throw Unnamed(layer),
    };

    public static string Flag(this UiStrings ui, ActionFlags flag) => flag switch
    {
        ActionFlags.Priority => ui.FlagPriority,
        ActionFlags.New => ui.FlagNew,
        ActionFlags.Revised => ui.FlagRevised,
        ActionFlags.Ended => ui.FlagEnded,
        _ => throw Unnamed(flag),
    };

    public static string FlagDefinition(this UiStrings ui, ActionFlags flag) => flag switch
    {
        ActionFlags.Priority => ui.FlagPriorityDefinition,
        ActionFlags.New => ui.FlagNewDefinition,
        ActionFlags.Revised => ui.FlagRevisedDefinition,
        ActionFlags.Ended => ui.FlagEndedDefinition,
        _ => throw Unnamed(flag),
    };

    // A value added to the model without its label must fail loudly, never print as another value's label.
    private static ArgumentOutOfRangeException Unnamed<T>(T value) where T : struct, Enum =>
        new(nameof(value), value, $"the UI strings have no label for {typeof(T).Name}.{value}");
}
