using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>An area layer's name after a count: the plural in English but for exactly one, the same word in Japanese.</summary>
[Collection(BuiltSitesCollection.Name)]
public class LayerNameTests(SeedSite seed)
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
