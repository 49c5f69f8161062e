using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>Words after a count: the plural in English but for exactly one (a layer's name, pages, actions), the same in Japanese.</summary>
[Collection(BuiltSitesCollection.Name)]
public class CountedWordsTests(SeedSite seed)
{
    private static readonly UiStrings English = UiStrings.LoadAll()[SiteLanguages.Default["en"]];
    private static readonly UiStrings Japanese = UiStrings.LoadAll()[Language.Ja];

    [Theory]
    [InlineData(AreaLayer.JuniorHighSchoolDistrict, 12, "Junior high school districts", "中学校区")]
    [InlineData(AreaLayer.JuniorHighSchoolDistrict, 1, "Junior high school district", "中学校区")]
    [InlineData(AreaLayer.NeighbourhoodAssociation, 0, "Neighbourhood associations", "町会・自治会")] // no count: the layer as a whole
    [InlineData(AreaLayer.NeighbourhoodAssociation, 1, "Neighbourhood association", "町会・自治会")]
    [InlineData(AreaLayer.Branch, 25, "Council branches", "社協支部")]
    public void A_counted_layer_is_named_in_the_plural_unless_there_is_one(AreaLayer layer, int count, string english, string japanese)
    {
        Assert.Equal(english, English.Layer(layer, count));
        Assert.Equal(japanese, Japanese.Layer(layer, count));
    }

    [Fact]
    public void Every_layer_has_a_plural_in_each_language()
    {
        foreach (var layer in Enum.GetValues<AreaLayer>())
        {
            Assert.False(string.IsNullOrWhiteSpace(English.Layer(layer, 2)));
            Assert.Equal(Japanese.Layer(layer), Japanese.Layer(layer, 2)); // Japanese nouns have no plural
        }
    }

    [Theory]
    [InlineData(1, "1 page", "1 action (1 priority, 0 new, 0 revised, 0 ended)", "1ページ")]
    [InlineData(2, "2 pages", "2 actions (1 priority, 0 new, 0 revised, 0 ended)", "2ページ")]
    [InlineData(0, "0 pages", "0 actions (1 priority, 0 new, 0 revised, 0 ended)", "0ページ")]
    public void A_count_of_one_takes_the_singular(int count, string pages, string actions, string japanesePages)
    {
        // A one-page leaflet (概要版) is a real source document; an embed of a district plan may hold one action.
        Assert.Equal(pages, English.Count(English.SourcePageCountOne, English.SourcePageCount, count));
        Assert.Equal(actions, English.Count(English.ActionsCountOne, English.ActionsCount, count, 1, 0, 0, 0));
        Assert.Equal(count == 1 ? "1 action" : $"{count} actions", English.Count(English.ActionCountOne, English.ActionCountMany, count));
        Assert.Equal(japanesePages, Japanese.Count(Japanese.SourcePageCountOne, Japanese.SourcePageCount, count));
    }

    [Fact]
    public void Kakogawa_s_second_tier_reads_as_counts_of_districts_in_english()
    {
        // The digest edition prints 12 中学校区 28 小学校区 25 社協支部.
        var items = seed.Site.Page("en/plans/kakogawa-4th/index.html").QuerySelectorAll(".area-tiers li li").Select(li => li.SquashedText()).ToList();
        Assert.Contains("12 Junior high school districts", items);
        Assert.Contains("28 Elementary school districts", items);
        Assert.Contains("25 Council branches", items);
        var japanese = seed.Site.Page("ja/plans/kakogawa-4th/index.html").QuerySelectorAll(".area-tiers li li").Select(li => li.SquashedText()).ToList();
        Assert.Contains("12 中学校区", japanese);
    }
}
