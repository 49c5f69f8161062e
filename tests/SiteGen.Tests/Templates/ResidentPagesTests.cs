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
    public void English_contact_details_give_the_name_and_address_in_Japanese_too()
    {
        // What a reader of English shows a taxi driver or types into a map: the organisation and its address as Japanese writes them.
        foreach (var (page, box) in new[] { ("en/contact/index.html", "section.contact[aria-labelledby='contact-kakogawa-shakyo']"), ("en/plans/kakogawa-4th/index.html", "#contact") })
        {
            var rows = seed.Site.Page(page).QuerySelector(box)!.QuerySelectorAll(".facts > div");
            var japanese = rows.Single(row => row.QuerySelector("dt")!.TextContent == "In Japanese").QuerySelector("dd")!;
            Assert.Equal("ja", japanese.GetAttribute("lang"));
            Assert.Equal("社会福祉法人 加古川市社会福祉協議会〒675-8577 加古川市加古川町寺家町177-12加古川市総合福祉会館内", japanese.TextContent);
            Assert.Equal(2, japanese.QuerySelectorAll("br").Length);
            Assert.Same(rows[^1], japanese.ParentElement); // after the details in English
        }
        // Japanese pages give the address once, in Japanese.
        var ja = seed.Site.Page("ja/contact/index.html");
        Assert.Equal(3, ja.QuerySelectorAll(".contact .facts").Length);
        Assert.Empty(ja.QuerySelectorAll(".facts dd[lang]"));
        Assert.DoesNotContain(ja.QuerySelectorAll(".facts dt"), dt => dt.TextContent == "日本語で");
    }

    [Fact]
    public void An_area_without_a_district_plan_says_so_not_that_it_has_no_actions()
    {
        // Kakogawa's whole city has neither: each section says what it lacks (it said "no action" under district plans).
        foreach (var (page, districts, actions) in new[]
        {
            ("ja/areas/kakogawa/index.html", "この地域の地区別計画は、まだ登録されていません。", "この地域だけを対象とした取り組みは、まだ登録されていません。"),
            ("en/areas/kakogawa/index.html", "No district plan has been recorded for this area yet.", "No action has been recorded for this area alone yet."),
        })
        {
            var main = seed.Site.Page(page).QuerySelector("main")!;
            Assert.Equal(districts, Shown(main.QuerySelector("section[aria-labelledby$='district-plans-heading'] p")!));
            Assert.Equal(actions, Shown(main.QuerySelector("section[aria-labelledby$='actions-heading'] p")!));
        }
    }

    /// <summary>An element's text as a reader sees it with furigana hidden: without the readings (rt, rp).</summary>
    private static string Shown(AngleSharp.Dom.IElement element)
    {
        var copy = (AngleSharp.Dom.IElement)element.Clone();
        foreach (var annotation in copy.QuerySelectorAll("rt, rp").ToList()) annotation.Remove();
        return copy.TextContent.Trim();
    }

    [Fact]
    public void An_English_area_page_gives_the_area_s_name_in_Japanese_first()
    {
        // The name on school letters and signs: 柏中央地区, parted into phrases as on Japanese pages.
        var first = seed.Site.Page("en/areas/kashiwa-chuo/index.html").QuerySelector("main .facts > div")!;
        Assert.Equal("In Japanese", first.QuerySelector("dt")!.TextContent);
        var name = first.QuerySelector("dd")!;
        Assert.Equal("ja", name.GetAttribute("lang"));
        Assert.Equal("柏中央地区", name.TextContent);
        Assert.DoesNotContain(seed.Site.Page("ja/areas/kashiwa-chuo/index.html").QuerySelectorAll("main .facts dd"), dd => dd.HasAttribute("lang"));
    }

    [Fact]
    public void A_printed_page_gives_its_address()
    {
        var address = seed.Site.Page("en/plans/chiba-7th/index.html").QuerySelector("footer .print-address")!;
        Assert.EndsWith("/en/plans/chiba-7th/", address.TextContent.Trim());
        Assert.StartsWith("Address of this page: ", address.TextContent.Trim());
    }
}
