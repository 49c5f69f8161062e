using System.Text.Json.Nodes;
using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>
/// A source that gives no period or publication date says `unknown`, and a draft or an excerpt says so: the pages,
/// the feed and the open data then say "not given" or leave the date out, and never show an invented one.
/// </summary>
public sealed class UnknownDatesTests
{
    private const string Plan = """
        ---
        title: {ja: 第3期 地域福祉計画（抜粋）, en: 3rd Community Welfare Plan (excerpt)}
        publisher: org
        period: unknown
        published: unknown
        documentStatus: excerpt
        coverage: city
        actions:
          - id: a-1
            number: "1"
            title: {ja: 見守り, en: Watching over}
        ---
        本文です。

        """;

    [Fact]
    public void A_plan_without_dates_says_so_and_invents_none()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<div><dt>計画期間</dt><dd>資料に記載なし（未定）</dd></div>", ja);
        Assert.Contains("<div><dt>発行日</dt><dd>資料に記載なし</dd></div>", ja);
        Assert.Contains("<p class=\"notice document-status\">抜粋：この計画の一部だけを載せています。</p>", ja);
        Assert.DoesNotContain("datePublished", ja);
        Assert.DoesNotContain("temporalCoverage", ja);
        var en = site.PlanPage("en");
        Assert.Contains("<dd>Not given in the source (not yet decided)</dd>", en);
        Assert.Contains("Excerpt: this page shows only part of the plan.", en);
        var home = Unbroken.Html(File.ReadAllText(Path.Combine(site.OutputPath, "ja", "index.html")));
        Assert.Contains("<p class=\"document-status\">抜粋：この計画の一部だけを載せています。</p>", home);

        // No publication date, so no "published" entry in the update feed.
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "ja", "feed.xml")));
        Assert.DoesNotContain(feed.Root!.Elements(atom + "entry"), e => e.ToString().Contains("/plans/p/", StringComparison.Ordinal));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "data", "plans", "p", "plan.json")))!;
        // The open data says the source gives none, as the page does: not null, which would read as "not written".
        Assert.Equal("unknown", (string?)json["period"]);
        Assert.Equal("unknown", (string?)json["published"]);
        Assert.Equal("excerpt", (string?)json["documentStatus"]);
    }

    [Fact]
    public void Leaving_a_date_out_is_still_an_error_so_unknown_is_a_choice()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan.Replace("published: unknown\n", ""));

        var check = site.Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Errors, e => e.Contains("published: this required field is missing (hint: add `published: 2022-03`)", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_period_the_years_of_evaluations_are_not_checked_against_one()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan.Replace("documentStatus: excerpt\n", "documentStatus: draft\n" + Samples.Scale)
            .Replace("title: {ja: 見守り, en: Watching over}", "title: {ja: 見守り, en: Watching over}\n    evaluations: {2031: ◎}"));

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("案：この計画はまだ確定していません。内容は変わることがあります。", ja);
    }
}
