using SiteGen.OpenData;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>Resident pages show resident things: open data described in words, no repository paths or codes, an address when printed.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class ResidentPagesTests(SeedSite seed)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_open_data_block_links_a_page_that_describes_every_file_in_words(string language)
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        var plan = seed.Site.Page($"{language}/plans/chiba-7th/index.html");
        var block = plan.GetElementById("open-data")!;
        Assert.DoesNotContain("docs/", block.TextContent);
        Assert.Contains(block.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/{language}/about/");

        var about = seed.Site.Page($"{language}/about/index.html").GetElementById("open-data")!;
        foreach (var file in PlanTables.All.Select(t => t.FileName).Append("plan.json"))
            Assert.Contains(about.QuerySelectorAll("li"), li => li.TextContent.StartsWith(file + (language == "ja" ? "：" : ":"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_contact_box_leaves_the_local_government_code_to_open_data()
    {
        var contact = seed.Site.Page("ja/plans/chiba-7th/index.html").GetElementById("contact")!;
        Assert.DoesNotContain("地方公共団体コード", contact.TextContent);
        Assert.DoesNotContain("121002", contact.TextContent);
    }

    [Fact]
    public void A_printed_page_gives_its_address()
    {
        var address = seed.Site.Page("en/plans/chiba-7th/index.html").QuerySelector("footer .print-address")!;
        Assert.EndsWith("/en/plans/chiba-7th/", address.TextContent.Trim());
        Assert.StartsWith("Address of this page: ", address.TextContent.Trim());
    }
}
