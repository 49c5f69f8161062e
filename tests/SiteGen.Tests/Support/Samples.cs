namespace SiteGen.Tests.Support;

/// <summary>Small valid content files the tests build on.</summary>
public static class Samples
{
    /// <summary>The head of a site glossary (content/glossary.md) with its one term every glossary test uses, 社会資源; more terms may follow.</summary>
    public const string GlossaryHead = """
        ---
        terms:
          - id: social-resources
            term: {ja: 社会資源, en: social resources}
            reading: しゃかいしげん
            definition: {ja: 支援に活用できる人・もの・財源・情報等のこと。, en: The people and things that can be used to give support.}

        """;

    public const string Organisation = """
        ---
        name: {ja: テスト市社会福祉協議会, en: Test City Council of Social Welfare}
        municipality: {ja: テスト市, en: Test City}
        ---

        """;

    public const string CityArea = """
        ---
        name: {ja: テスト市全域, en: Test City (whole city)}
        layer: whole-city
        organisation: org
        ---
        テスト市の全域です。

        """;

    public const string EastArea = """
        ---
        name: {ja: 東地区, en: East district}
        layer: district
        parent: city
        organisation: org
        ---
        東地区です。

        """;

    /// <summary>
    /// The opening of a valid plan, WITHOUT the closing fence, so tests can append fields.
    /// It is exactly six lines, so the first appended line is line 7 of the file:
    /// <code>
    /// 1 ---
    /// 2 title: {ja: 試験計画, en: Test plan}
    /// 3 publisher: org
    /// 4 period: {start: 2022, end: 2026}
    /// 5 published: 2022-03
    /// 6 coverage: city
    /// </code>
    /// </summary>
    public const string PlanHeader = """
        ---
        title: {ja: 試験計画, en: Test plan}
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city

        """;

    /// <summary>A two-mark evaluation scale, four lines (for appending after <see cref="PlanHeader"/>).</summary>
    public const string Scale = """
        evaluationScale:
          marks:
            - {symbol: ◎, label: {ja: 計画以上, en: beyond plan}}
            - {symbol: 〇, label: {ja: 計画どおり, en: as planned}}

        """;
}
