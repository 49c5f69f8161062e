using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>The closed vocabularies of the content: kebab-case English words, the same in every language, each with its meaning.</summary>
public static class Words
{
    public static readonly Vocabulary<ActionFlags> Flags = new("flag", new("区分", "flag"),
    [
        ("priority", ActionFlags.Priority, new("重点", "priority")),
        ("new", ActionFlags.New, new("新規", "new")),
        ("revised", ActionFlags.Revised, new("修正", "revised")),
        ("ended", ActionFlags.Ended, new("終了", "ended")),
    ], ActionFlags.None);

    public static readonly Vocabulary<AreaLayer> Layers = new("layer", new("地域の種類", "kind of area"),
    [
        ("whole-city", AreaLayer.WholeCity, new("全市", "whole city")),
        ("community-area", AreaLayer.CommunityArea, new("コミュニティエリア", "community area")),
        ("junior-high-school-district", AreaLayer.JuniorHighSchoolDistrict, new("中学校区", "junior high school district")),
        ("elementary-school-district", AreaLayer.ElementarySchoolDistrict, new("小学校区", "elementary school district")),
        ("branch", AreaLayer.Branch, new("社協支部", "council branch")),
        ("district", AreaLayer.District, new("地区", "district")),
        ("neighbourhood-association", AreaLayer.NeighbourhoodAssociation, new("町会・自治会", "neighbourhood associations")),
    ]);

    public static readonly Vocabulary<ChartKind> Charts = new("chart", new("グラフの種類", "kind of chart"),
    [
        ("stacked-bar", ChartKind.StackedBar, new("積み上げ横棒。年ごとの年代別人口割合など、行の値を合わせると全体になる表",
            "horizontal stacked bars; for tables whose rows add up to a whole, such as population share by age group per year")),
        ("line", ChartKind.Line, new("折れ線。年ごとの推移", "lines; change over the years")),
        ("none", ChartKind.None, new("描かない。書かないときと同じ", "no chart, the same as leaving it out")),
    ]);

    public static readonly Vocabulary<NoteKind> NoteKinds = new("noteKind", new("注記の種類", "kind of note"),
    [
        ("note", NoteKind.Note, new("注記（※）（省略時）", "note (※) (the default)")),
        ("column", NoteKind.Column, new("コラム", "column")),
    ]);

    public static readonly Vocabulary<DocumentStatus> Statuses = new("documentStatus", new("資料の状態", "status of the document"),
    [
        ("final", DocumentStatus.Final, new("確定した計画（省略時）", "the final plan (the default)")),
        ("draft", DocumentStatus.Draft, new("案。ページに「案」と表示されます", "a draft; the page says so")),
        ("excerpt", DocumentStatus.Excerpt, new("抜粋。計画の一部だけであることがページに表示されます", "an excerpt; the page says it is part of the plan")),
    ]);

    public static string Of(AreaLayer layer) => Layers.WordOf(layer);
    public static string Of(ActionFlags flag) => Flags.WordOf(flag);
    public static string Of(ChartKind chart) => Charts.WordOf(chart);
    public static string Of(NoteKind kind) => NoteKinds.WordOf(kind);

    /// <summary>Every vocabulary, for the docs and for the test that each value has its word and label.</summary>
    public static IReadOnlyList<Vocabulary> All => [Flags, Layers, Charts, NoteKinds, Statuses];
}
