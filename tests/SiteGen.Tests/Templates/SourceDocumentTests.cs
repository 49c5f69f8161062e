using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>Where a plan page came from: a block naming the source document, who issued it, when, its pages and file, linked where known.</summary>
public sealed class SourceDocumentTests
{
    [Fact]
    public void The_source_block_gives_what_the_content_knows_of_the_document_and_nothing_else()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            source:
              title: {ja: 計画書 本編, en: The full plan}
              url: https://example.org/plan.pdf
              publisher: {ja: 試験市, en: Test City}
              date: 2022-03
              pages: 120
              format: PDF
              size: 2.4 MB
            ---
            本文です。

            """);
        site.Plan("q", Samples.PlanHeader + "source: {title: {ja: 概要版, en: Summary edition}}\n---\n本文です。\n");

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var built = new BuiltSite(site.OutputPath);
        var block = built.Page("ja/plans/p/index.html").GetElementById("source-document")!;
        Assert.Equal([("原資料", "計画書 本編"), ("発行", "試験市"), ("発行日", "2022年3月"), ("ページ数", "120ページ"), ("ファイル", "PDF・2.4 MB")],
            block.QuerySelectorAll("dl > div").Select(d => (d.QuerySelector("dt")!.SquashedText(), d.QuerySelector("dd")!.SquashedText())));
        Assert.Equal("https://example.org/plan.pdf", block.QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Contains(built.Page("ja/plans/p/index.html").QuerySelectorAll(".toc a"), a => a.GetAttribute("href") == "#source-document");
        Assert.Equal("File", built.Page("en/plans/p/index.html").GetElementById("source-document")!.QuerySelectorAll("dt")[4].SquashedText());

        // Only the title known: the issuer is the plan's publisher, and no row is invented.
        var bare = built.Page("ja/plans/q/index.html").GetElementById("source-document")!;
        Assert.Equal(["原資料", "発行"], bare.QuerySelectorAll("dt").Select(dt => dt.SquashedText()));
        Assert.Null(bare.QuerySelector("a"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutputPath, "data/plans/p/plan.json")));
        var source = json.RootElement.GetProperty("source");
        Assert.Equal(120, source.GetProperty("pages").GetInt32());
        Assert.Equal("2022-03", source.GetProperty("date").GetString());
        Assert.Equal("試験市", source.GetProperty("publisher").GetProperty("ja").GetString());
    }
}
