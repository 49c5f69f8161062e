using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// ※ terms in the short texts of a plan page that are not headings (an action's title, the vision's statement) link
/// to their entry as in prose. Headings keep the term and its mark as text: a link there would put 「（用語解説）」 into
/// the heading's name in a screen reader's list of headings, and the same title is link text in the contents list
/// and the evaluation table, where a link cannot hold another.
/// </summary>
public sealed class TermLinksInShortTextsTests
{
    private const string Glossary = Samples.GlossaryHead + """
        ---

        """;

    private const string Plan = Samples.PlanHeader + Samples.Scale + """
        vision: {statement: {ja: 社会資源※を生かすまち, en: A town that uses its social resources※}}
        levels:
          - {id: goal, name: {ja: 基本目標, en: Basic goal}}
        sections:
          - {id: g1, level: goal, number: "1", title: {ja: 社会資源※の共有, en: Sharing social resources※}}
        actions:
          - id: a1
            number: "(1)"
            section: g1
            title: {ja: 身近な社会資源※の発掘, en: Finding the social resources※ around us}
            evaluations: {2023: ◎}
        ---
        本文です。

        """;

    [Fact]
    public void Action_titles_and_the_vision_link_their_terms_and_headings_keep_them_as_text()
    {
        using var site = TestSite.Minimal().Write("content/glossary.md", Glossary);
        site.Plan("p", Plan, "The body.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        var built = new BuiltSite(site.OutputPath);

        foreach (var (language, term) in new[] { ("ja", "社会資源"), ("en", "social resources") })
        {
            var page = built.Page($"{language}/plans/p/index.html");
            var href = $"/{language}/glossary/#term-social-resources";
            IElement Link(string selector) => page.QuerySelector(selector + " a.term-ref") ?? throw new Xunit.Sdk.XunitException($"no term link in {selector} ({language})");

            Assert.Equal(href, Link("#action-a1 .action__title").GetAttribute("href"));
            Assert.StartsWith(term, Link("#action-a1 .action__title").TextContent, StringComparison.Ordinal);
            Assert.Equal("※", page.QuerySelector("#action-a1 .action__title .term-ref__mark")!.TextContent);
            Assert.Equal(href, Link("p.vision").GetAttribute("href"));

            var heading = Assert.Single(page.QuerySelectorAll("h2, h3, h4, h5, h6"), h => h.TextContent.Contains(term + "※", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(heading.QuerySelectorAll("a"));
            // Inside another link (the evaluation table's row names the action) the title stays text: no link in a link.
            Assert.All(page.QuerySelectorAll("a a"), nested => Assert.Fail($"a link inside a link: {nested.OuterHtml}"));
        }
    }
}
