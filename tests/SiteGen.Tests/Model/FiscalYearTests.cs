using SiteGen.Model;

namespace SiteGen.Tests.Model;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData(2019, "令和元年度", "令和元年度（2019年度）", "FY2019")]
    [InlineData(2024, "令和6年度", "令和6年度（2024年度）", "FY2024")]
    [InlineData(2018, "平成30年度", "平成30年度（2018年度）", "FY2018")]
    [InlineData(1989, "平成元年度", "平成元年度（1989年度）", "FY1989")]
    [InlineData(1988, "昭和63年度", "昭和63年度（1988年度）", "FY1988")]
    [InlineData(1926, "昭和元年度", "昭和元年度（1926年度）", "FY1926")]
    [InlineData(1925, "大正14年度", "大正14年度（1925年度）", "FY1925")]
    [InlineData(1912, "大正元年度", "大正元年度（1912年度）", "FY1912")]
    [InlineData(1900, "明治33年度", "明治33年度（1900年度）", "FY1900")]
    [InlineData(2200, "令和182年度", "令和182年度（2200年度）", "FY2200")]
    // Outside the years a plan may give (FiscalYear.Of a date may still make one): named the same way each time.
    [InlineData(2201, "令和183年度", "令和183年度（2201年度）", "FY2201")]
    public void A_year_is_named_in_the_era_and_in_the_Western_calendar(int year, string era, string japanese, string english)
    {
        for (var i = 0; i < 2; i++) // the second time from the names made the first
        {
            var fiscal = new FiscalYear(year);
            Assert.Equal(era, fiscal.EraName);
            Assert.Equal(japanese, fiscal.Japanese);
            Assert.Equal(english, fiscal.English);
        }
    }
}
