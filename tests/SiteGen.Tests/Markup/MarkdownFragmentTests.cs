using SiteGen.Markup;

namespace SiteGen.Tests.Markup;

/// <summary>
/// A page is made of several Markdown fragments rendered one by one: each fragment's headings sit under the page's own
/// levels, and its ids (headings, footnotes) stay unique on the page. Table headers are column headers for screen readers.
/// </summary>
public sealed class MarkdownFragmentTests
{
    private static readonly MarkdownRenderer Renderer = new("/");

    [Fact]
    public void Headings_are_shifted_under_the_page_s_levels_and_their_ids_are_unique_across_the_page_s_fragments()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "overview" };

        var first = Renderer.Render("# Overview\n\n## 基本 理念\n\n## 基本 理念\n", "", 1, taken);
        var second = Renderer.Render("基本理念\n========\n\n###### Deep\n", "goal-1-", 0, taken);

        Assert.Equal("<h2 id=\"overview-2\">Overview</h2>\n<h3 id=\"基本-理念\">基本 理念</h3>\n<h3 id=\"基本-理念-2\">基本 理念</h3>\n", first);
        // A setext heading is a heading too; no level goes above h2 or below h6.
        Assert.Equal("<h2 id=\"goal-1-基本理念\">基本理念</h2>\n<h6 id=\"goal-1-deep\">Deep</h6>\n", second);
        string[] ids = ["overview", "overview-2", "基本-理念", "基本-理念-2", "goal-1-基本理念", "goal-1-deep"];
        Assert.True(taken.SetEquals(ids), string.Join(" ", taken));
    }

    [Fact]
    public void Footnote_ids_and_links_carry_the_fragment_s_prefix_so_two_fragments_with_notes_do_not_collide()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        const string markdown = "本文[^a]と補足[^b]。\n\n[^b]: 二つ目。\n[^a]: 一つ目。\n";

        var first = Renderer.Render(markdown, "goal-1-", 0, taken);
        var second = Renderer.Render(markdown, "goal-2-", 0, taken);

        Assert.Equal(
            "<p>本文<a id=\"goal-1-fnref-1\" href=\"#goal-1-fn-1\" class=\"footnote-ref\"><sup>1</sup></a>と補足" +
            "<a id=\"goal-1-fnref-2\" href=\"#goal-1-fn-2\" class=\"footnote-ref\"><sup>2</sup></a>。</p>\n" +
            "<div class=\"footnotes\">\n<hr />\n<ol>\n" +
            "<li id=\"goal-1-fn-1\">\n<p>一つ目。<a href=\"#goal-1-fnref-1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n" +
            "<li id=\"goal-1-fn-2\">\n<p>二つ目。<a href=\"#goal-1-fnref-2\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n" +
            "</ol>\n</div>\n",
            first);
        Assert.Equal(first.Replace("goal-1-", "goal-2-", StringComparison.Ordinal), second);
    }

    [Fact]
    public void Header_cells_of_a_table_are_column_headers_and_keep_their_alignment()
    {
        var html = Renderer.Render("表：人口\n\n| 年代 | 割合 | 備考 |\n|---|---:|:-:|\n| 65歳以上 | 25.7% | 増加 |\n", "", 0,
            new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(
            "<table>\n<caption>人口</caption>\n<thead>\n<tr>\n" +
            "<th scope=\"col\">年代</th>\n<th scope=\"col\" style=\"text-align: right;\">割合</th>\n<th scope=\"col\" style=\"text-align: center;\">備考</th>\n" +
            "</tr>\n</thead>\n<tbody>\n<tr>\n" +
            "<td><span class=\"number\">65歳</span>以上</td>\n<td style=\"text-align: right;\">25.7%</td>\n<td style=\"text-align: center;\">増加</td>\n" +
            "</tr>\n</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void Text_that_looks_like_a_footnote_id_or_a_header_tag_is_left_as_written()
    {
        var html = Renderer.Render("`id=\"fn:1\"` and `<th>` and \"#fnref:2\"\n", "goal-1-", 0, new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal("<p><code>id=&quot;fn:1&quot;</code> and <code>&lt;th&gt;</code> and &quot;#fnref:2&quot;</p>\n", html);
    }
}
