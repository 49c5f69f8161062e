using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Validation;

/// <summary>
/// `check` warns at the mark about a ※ after a word no glossary explains (it would link nowhere), and counts the
/// site glossary's texts in translation coverage.
/// </summary>
public sealed class UnmatchedTermMarkTests
{
    private const string GlossaryFile = "content/glossary.md";

    private const string Glossary = Samples.GlossaryHead + """
          - id: outreach
            term: {ja: アウトリーチ, en: outreach}
            reading: アウトリーチ
            definition: {ja: 出向いて支援を届けること。地域共生社会※を目指します。, en: Going out to deliver support.}
        ---

        """;

    private const string Plan = Samples.PlanHeader + """
        summary: {ja: 身近な社会資源※と地域の絆※を共有します。, en: "We share the social resources※ and the local bonds※."}
        glossary:
          - id: chiiki-ryoku
            term: {ja: 地域力, en: community strength}
            reading: ちいきりょく
            definition: {ja: 市民の力, en: The strength of citizens}
        ---
        地域力（※）の強化とアウトリーチ※、ささえあい会議※の充実。
        ※ 数値は令和4年度のものです。

        """;

    private static int ColumnOf(string text, string before)
    {
        var line = text.Replace("\r\n", "\n").Split('\n')[LineOf(text, before) - 1];
        return line.IndexOf(before, StringComparison.Ordinal) + before.Length + 1;
    }

    [Fact]
    public void A_mark_after_a_word_no_glossary_has_is_a_warning_at_the_mark_in_front_matter_narrative_and_glossary()
    {
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary);
        site.Plan("p", Plan, "Community strength (※) and outreach※.\n");

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        var marks = result.Warnings.Where(w => w.Contains("no glossary term ends just before this ※", StringComparison.Ordinal)).ToList();
        var file = "content/plans/p/index.md";
        Assert.Contains(marks, w => w.StartsWith($"{file}:{LineOf(Plan, "summary:")}:{ColumnOf(Plan, "地域の絆")}: warning: summary.ja: `と地域の絆※`:", StringComparison.Ordinal));
        // A quoted text: the column still points at the mark.
        Assert.Contains(marks, w => w.StartsWith($"{file}:{LineOf(Plan, "summary:")}:{ColumnOf(Plan, "the local bonds")}: warning: summary.en: `bonds※`:", StringComparison.Ordinal));
        Assert.Contains(marks, w => w.StartsWith($"{file}:{LineOf(Plan, "ささえあい会議")}:{ColumnOf(Plan, "ささえあい会議")}: warning: narrative: `ささえあい会議※`:", StringComparison.Ordinal));
        Assert.Contains(marks, w => w.StartsWith($"{GlossaryFile}:{LineOf(Glossary, "地域共生社会※")}:", StringComparison.Ordinal) && w.Contains("terms[2].definition.ja: `地域共生社会※`", StringComparison.Ordinal));
        Assert.Contains(marks, w => w.Contains("(hint: write the term as the glossary does, or add it to content/glossary.md", StringComparison.Ordinal));
        // 社会資源※, the plan's own 地域力（※）, アウトリーチ※, the English terms and a note that starts with ※ are no warnings.
        Assert.Equal(4, marks.Count);
    }

    [Fact]
    public void Without_marks_for_unknown_words_check_is_quiet()
    {
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary.Replace("地域共生社会※", "地域共生社会", StringComparison.Ordinal));
        site.Plan("p", Samples.PlanHeader + "summary: {ja: 身近な社会資源※を共有します。, en: We share social resources※.}\n---\n※ 注記です。\n", "Note.\n");

        var result = site.Check();

        Assert.DoesNotContain(result.Warnings, w => w.Contains('※'));
    }

    [Fact]
    public void The_site_glossary_counts_in_translation_coverage_and_its_untranslated_texts_are_a_warning()
    {
        using var site = TestSite.Minimal().Write(GlossaryFile, Glossary
            .Replace(", en: Going out to deliver support.", "", StringComparison.Ordinal)
            .Replace("地域共生社会※", "地域共生社会", StringComparison.Ordinal));
        site.Plan("p", Samples.PlanHeader + "---\n本文です。\n", "The body.\n");

        var result = site.Check();

        Assert.Matches(@"\(glossary\)\s+3/4\s+75\.0%", result.Stdout);
        Assert.Contains(result.Warnings, w => w.StartsWith($"{GlossaryFile}:1:1: warning: en: 1 texts have no English yet", StringComparison.Ordinal) && w.Contains("「出向いて支援を届けること。", StringComparison.Ordinal));
    }
}
