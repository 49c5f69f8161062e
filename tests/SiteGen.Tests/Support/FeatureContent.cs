namespace SiteGen.Tests.Support;

/// <summary>The content of <see cref="FeatureSite"/>, with the facts the tests check spelt out.</summary>
public static class FeatureContent
{
    /// <summary>Alpha's summary has no English: it must be shown in Japanese, marked, with a notice.</summary>
    public const string UntranslatedSummary = "英語のない概要です。";

    /// <summary>Beta's title is a plain text, i.e. Japanese only.</summary>
    public const string BetaTitle = "ベータ計画";

    /// <summary>The east area's name is Japanese only.</summary>
    public const string EastName = "東地区";

    public const string AlphaTitleJa = "アルファ計画<script>alert('title')</script>";
    public const string AlphaTitleEn = "Alpha plan <script>alert('title')</script>";

    public const string Alpha = """
        ---
        title: {ja: "アルファ計画<script>alert('title')</script>", en: "Alpha plan <script>alert('title')</script>"}
        summary:
          ja: 英語のない概要です。
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city
        evaluationScale:
          marks:
            - {symbol: ◎, label: {ja: 計画以上に実施, en: achieved beyond plan}}
            - {symbol: 〇, label: {ja: 計画どおり実施, en: carried out as planned}}
        actions:
          - id: watch
            number: "1"
            title: {ja: 見守り活動の推進, en: Promoting watching over neighbours}
            areas: [east]
            evaluations: {2022: ◎, 2023: 〇}
            indicators:
              - id: visits
                name: {ja: 訪問件数, en: Number of visits}
                unit: 件
                measures:
                  - label: {ja: 目標値, en: Target}
                    targets: {2022: 1150, 2024: 1200}
        tables:
          - id: population
            caption: {ja: 年代別人口割合, en: Population share by age}
            unit: {ja: "%", en: "%"}
            rowHeader: {ja: 年代, en: Age group}
            columns: [2010, 2020]
            rows:
              - header: {ja: 65歳以上, en: 65 and over}
                cells: [24.3, 25.7]
              - header: {ja: 65歳未満, en: Under 65}
                cells: [75.7, 74.3]
        ---
        ## 計画の推進と評価

        本文です。

        <script>alert('narrative')</script>

        <img src="x" onerror="alert('img')">

        <iframe src="https://evil.example/"></iframe>

        <div onclick="alert('div')">クリック</div>

        [危険なリンク](javascript:alert('a')) と [大文字のリンク](JaVaScRiPt:alert('b')) と ![画像](javascript:alert('c'))

        [ベータ計画へ](/ja/plans/beta/) と [この節へ](#about-計画の推進と評価)

        ## 計画の推進と評価

        ### Plan の 概要!

        | 年度 | 件数 |
        |---|---|
        | 2022 | 10 |

        """;

    public const string AlphaEnglish = """
        ## Promoting and evaluating the plan

        The English body. <script>alert('english')</script>

        [Beta](/en/plans/beta/)

        """;

    public const string Beta = """
        ---
        title: ベータ計画
        publisher: org
        period: {start: 2021, end: 2025}
        published: 2021-04
        coverage: city
        ---
        ## ベータの本文

        日本語だけの本文です。

        """;

    public const string Gamma = """
        ---
        title: {ja: ガンマ計画, en: Gamma plan}
        summary:
          ja: 'ガンマの概要"><script>alert(1)</script>'
          en: 'Gamma summary"><script>alert(1)</script>'
        publisher: org2
        period: {start: 2020, end: 2024}
        published: 2020-03
        coverage: city
        glossary:
          - id: social-resources
            term: {ja: 社会資源, en: social resources}
            reading: しゃかいしげん
            definition: {ja: 支援に活用できる人・もの・情報のこと。, en: "The people, things and information that can be used to give support."}
        ---
        ## ガンマの本文

        本文です。

        """;

    public const string GammaEnglish = """
        ## The Gamma body

        The body.

        """;

    public const string Org2 = """
        ---
        name: {ja: 第二市社会福祉協議会, en: Second City Council of Social Welfare}
        municipality: {ja: 第二市, en: Second City}
        ---

        """;

    public const string EastUntranslated = """
        ---
        name: 東地区
        layer: district
        parent: city
        organisation: org
        ---
        ## 東地区の紹介

        <script>alert('area')</script>東地区の説明です。

        """;

    public static void WriteTo(TestSite site)
    {
        site.Organisation("org2", Org2);
        site.Delete("content/areas/east.en.md");
        site.Area("east", EastUntranslated);
        site.Plan("alpha", Alpha, AlphaEnglish);
        site.Plan("beta", Beta);
        site.Plan("gamma", Gamma, GammaEnglish);
    }
}
