using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Model;

/// <summary>content/glossary.md: the terms every plan shares, its checks at file:line, and how plans use it.</summary>
public sealed class SiteGlossaryTests
{
    private const string GlossaryFile = "content/glossary.md";

    private const string Glossary = Samples.GlossaryHead + """
          - id: double-care
            term: {ja: ダブルケア, en: double care}
            reading: ダブルケア
            definition: {ja: 子育てと介護を同じ時期に担うこと。, en: Raising children and caring for older relatives at the same time.}
        ---

        """;

    private static string PlanWithGlossary(string terms) =>
        Samples.PlanHeader + "summary: {ja: 身近な社会資源※を共有し、ダブルケア※を支えます。, en: We share the social resources※ around us.}\n" + terms + "---\n地域力（※）の強化と社会資源※。\n";

    /// <summary>A plan with a glossary term of its own, 地域力, read <paramref name="reading"/>.</summary>
    private static string PlanWithChiikiRyoku(string reading) => PlanWithGlossary($$"""
        glossary:
          - id: chiiki-ryoku
            term: {ja: 地域力, en: community strength}
            reading: {{reading}}
            definition: {ja: 助けてと言える、助けることができる力量をもった市民の力, en: The strength of citizens}

        """);

    [Fact]
    public void A_plan_term_that_the_site_glossary_has_is_a_warning_at_its_line()
    {
        var plan = PlanWithGlossary("""
            glossary:
              - id: own-resources
                term: {ja: 社会資源, en: social resources}
                reading: しゃかいしげん
                definition: {ja: 計画の説明, en: The plan's explanation}
              - id: double-care
                term: {ja: 二重の介護, en: dual care}
                reading: にじゅうのかいご
                definition: {ja: 計画の説明, en: The plan's explanation}

            """);
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary);
        site.Plan("p", plan, "The body.\n");

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Warnings, w => w.StartsWith($"content/plans/p/index.md:{LineOf(plan, "- id: own-resources")}:1: warning: glossary[1]: the term `社会資源` is also in the site glossary (content/glossary.md:{LineOf(Glossary, "- id: social-resources")}, `social-resources`: 社会資源)", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith($"content/plans/p/index.md:{LineOf(plan, "- id: double-care")}:1: warning: glossary[2]: the id `double-care` is also in the site glossary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_term_in_kanji_without_a_reading_is_a_warning_and_one_in_kana_is_its_own_reading()
    {
        var plan = PlanWithGlossary("""
            glossary:
              - id: chiiki-ryoku
                term: {ja: 地域力, en: community strength}
                definition: {ja: 市民の力, en: The strength of citizens}
              - id: sasaeai
                term: {ja: ささえあい, en: mutual support}
                definition: {ja: 支えあうこと, en: Supporting one another}

            """);
        using var site = TestSite.Minimal();
        site.Plan("p", plan, "The body.\n");

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.Warnings, w => w.Contains(".reading:", StringComparison.Ordinal));
        Assert.StartsWith($"content/plans/p/index.md:{LineOf(plan, "- id: chiiki-ryoku")}:1: warning: glossary[1].reading: the term `地域力` has no reading", warning);
    }

    [Theory]
    [InlineData("    reading: しゃかいしげん\n", "", "- id: social-resources", "terms[1].reading")]
    [InlineData("    reading: しゃかいしげん\n", "    reading: 社会資源\n", "reading: 社会資源", "terms[1].reading: the reading `社会資源` is not kana")]
    [InlineData("term: {ja: ダブルケア, en: double care}", "term: {ja: 社会資源, en: double care}", "- id: double-care", "terms: the term `社会資源` is written twice")]
    [InlineData("  - id: double-care\n", "  - id: social-resources\n", "id: social-resources", "terms: the id `social-resources` is used 2 times")]
    public void A_mistake_in_the_site_glossary_is_an_error_at_its_line(string from, string to, string at, string fieldAndMessage)
    {
        var glossary = Glossary.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Glossary, glossary);
        using var site = TestSite.Minimal().Write(GlossaryFile, glossary);

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        var occurrence = at.StartsWith("id: social", StringComparison.Ordinal) ? 2 : 1;
        Assert.StartsWith($"{GlossaryFile}:{LineOf(glossary, at, occurrence)}:", error);
        Assert.Contains(": " + fieldAndMessage, error);
    }

    [Fact]
    public void A_plan_links_its_own_terms_on_its_page_and_the_site_terms_to_the_glossary_page()
    {
        var plan = PlanWithChiikiRyoku("ちいきりょく");
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary);
        site.Plan("p", plan, "Strengthening community strength (※) and social resources※.\n");

        var result = site.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var ja = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "plans", "p", "index.html"));
        Assert.Contains("<a class=\"term-ref\" href=\"#term-chiiki-ryoku\">地域力<span", ja);
        Assert.Contains("<a class=\"term-ref\" href=\"/ja/glossary/#term-social-resources\">社会資源<span", ja);
        // In a one-paragraph front-matter text (summary) as in the narrative.
        Assert.Contains("<a class=\"term-ref\" href=\"/ja/glossary/#term-double-care\">ダブルケア<span", ja);
        var en = File.ReadAllText(Path.Combine(site.OutputPath, "en", "plans", "p", "index.html"));
        Assert.Contains("<a class=\"term-ref\" href=\"#term-chiiki-ryoku\">community strength<span", en);
        Assert.Contains("<a class=\"term-ref\" href=\"/en/glossary/#term-social-resources\">social resources<span", en);

        // The glossary pages hold both, in order, with the ids the links point at.
        var glossary = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "glossary", "index.html"));
        var order = new[] { "id=\"term-social-resources\"", "id=\"term-double-care\"", "id=\"term-p-chiiki-ryoku\"" }.Select(id => glossary.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order); // しゃかい (さ行), だぶるけあ (た行, as たぶるけあ), ちいきりょく
        Assert.Contains("id=\"row-sa\"", glossary);
        Assert.Contains("id=\"row-ta\"", glossary);
        var english = File.ReadAllText(Path.Combine(site.OutputPath, "en", "glossary", "index.html"));
        Assert.Contains("<span lang=\"ja\">社会資源<span class=\"reading\">（しゃかいしげん）</span></span>", english);
    }

    [Fact]
    public void English_pages_say_each_term_in_Roman_letters_in_the_words_of_the_readings_dictionary()
    {
        var plan = PlanWithChiikiRyoku("ちいき りょく");
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary.Replace("reading: ダブルケア", "reading: ダブル ケア"))
            .Write("content/readings.tsv", "word\treading\tstatus\n社会\tしゃかい\tchecked\n資源\tしげん\tchecked\n");
        site.Plan("p", plan, "Strengthening community strength (※) and social resources※.\n");

        var result = site.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var english = File.ReadAllText(Path.Combine(site.OutputPath, "en", "glossary", "index.html"));
        // The dictionary's words, the reading's spaces (ダブル ケア), and the plan's own term, after the Japanese.
        Assert.Contains("<span class=\"glossary__label\">Pronounced:</span> <span lang=\"ja-Latn\">shakai shigen</span>", english);
        Assert.Contains("<span lang=\"ja-Latn\">daburu kea</span>", english);
        Assert.Contains("<span lang=\"ja-Latn\">chiiki ryoku</span>", english);
        Assert.True(english.IndexOf("（しゃかいしげん）", StringComparison.Ordinal) < english.IndexOf("shakai shigen", StringComparison.Ordinal));
        var planPage = File.ReadAllText(Path.Combine(site.OutputPath, "en", "plans", "p", "index.html"));
        Assert.Contains("<span lang=\"ja-Latn\">chiiki ryoku</span>", planPage);

        // Japanese pages show the kana alone, without the spaces that part the words (and not at all where the term is its own reading).
        var japanese = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "glossary", "index.html"));
        Assert.DoesNotContain("ja-Latn", japanese);
        // Lines may break between the reading's words only (the dictionary's 社会|資源, the written ちいき りょく).
        Assert.Contains("（ちいき<wbr>りょく）", japanese);
        Assert.Contains("（しゃかい<wbr>しげん）", japanese);
        Assert.DoesNotContain("（ダブル", japanese);
        Assert.DoesNotContain("ja-Latn", File.ReadAllText(Path.Combine(site.OutputPath, "ja", "plans", "p", "index.html")));
    }
}
