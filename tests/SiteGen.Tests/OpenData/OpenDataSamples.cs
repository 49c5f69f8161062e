using System.Text;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.OpenData;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Publish;

namespace SiteGen.Tests.OpenData;

/// <summary>The content the open data tests write: the repository's real plans, and a tiny model built in memory.</summary>
public static class OpenDataSamples
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A site address with an origin and a base path, so page URLs are absolute and prefixed.</summary>
    public static SiteUrls Urls { get; } = new("https://example.org/plans/");

    private static readonly Lazy<SiteContent> RealContent = new(() => LoadReal());
    private static readonly Lazy<IReadOnlyList<OutputFile>> RealFiles = new(() => OpenDataWriter.Write(Real, Urls));

    /// <summary>The real content/ of the repository, loaded by the real pipeline (shared by the tests).</summary>
    public static SiteContent Real => RealContent.Value;

    /// <summary>What <see cref="OpenDataWriter"/> writes for <see cref="Real"/> (shared by the tests).</summary>
    public static IReadOnlyList<OutputFile> Files => RealFiles.Value;

    public static byte[] File(string path) =>
        Files.SingleOrDefault(f => f.Path == path)?.Content ?? throw new Xunit.Sdk.XunitException($"no open data file {path}; written: {string.Join(", ", Files.Select(f => f.Path))}");

    public static string Utf8(byte[] bytes) => new UTF8Encoding(false, true).GetString(bytes);

    /// <summary>Loads the repository's content afresh: a new model, not the shared one.</summary>
    public static SiteContent LoadReal()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(RepositoryRoot, "site.config.json"), "site.config.json", diagnostics);
        Assert.NotNull(config);
        var content = ContentStage.Run(RepositoryRoot, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => d.ToString())));
        Assert.NotEmpty(content.Plans);
        return content;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")) && System.IO.File.Exists(Path.Combine(dir.FullName, "site.config.json")))
                return dir.FullName;
        }
        return "/work/main";
    }

    /// <summary>A text that needs every kind of CSV quoting: comma (both kinds), quotes, CRLF and a bare LF.</summary>
    public const string Awkward = "見守り、\"ささえあい\",活動\r\n（二行目）\n三行目 \"終\"";

    public const string AwkwardEn = "Watching over, \"mutual support\"\r\nline 2";

    /// <summary>YAML's double-quoted form of a text: the awkward texts with their CR, LF and quotes escaped.</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n") + "\"";

    /// <summary>
    /// A one-plan site with the awkward text in titles, reasons, labels and values, written as content files
    /// and read by the real pipeline (the open data is written from what the declaration read).
    /// </summary>
    public static SiteContent Tiny()
    {
        using var site = Support.TestSite.Empty();
        site.Organisation("org", """
            ---
            name: {ja: テスト市社会福祉協議会, en: Test City Council of Social Welfare}
            municipality: {ja: テスト市, en: Test City}
            localGovernmentCode: "011002"
            ---

            """);
        site.Area("city", Support.Samples.CityArea, "The whole of Test City.");
        site.Area("east", """
            ---
            name: {ja: 東地区}
            layer: district
            parent: city
            organisation: org
            ---
            東地区です。

            """, null);
        var (ja, en) = (Quoted(Awkward), Quoted(AwkwardEn));
        site.Plan("tiny", $$$"""
            ---
            title: {ja: {{{ja}}}, en: {{{en}}}}
            publisher: org
            period: {start: 2019, end: 2024}
            published: 2019-03
            coverage: city
            evaluationScale:
              marks:
                - {symbol: ◎, label: {ja: 計画以上に実施, en: achieved beyond plan}}
                - {symbol: 〇, label: {ja: {{{ja}}}, en: {{{en}}}}}
            actors:
              - {id: together, name: {ja: みんなで, en: Together}}
            levels:
              - {id: goal, name: {ja: 基本目標, en: Basic goal}}
              - {id: pillar, name: {ja: 柱, en: Pillar}, heading: {ja: 施策の柱, en: Pillars}}
            sections:
              - id: g1
                level: goal
                number: "1"
                title: {ja: {{{ja}}}, en: {{{en}}}}
                roles: {together: [{ja: 見守り}]}
                programmes:
                  - {name: {ja: {{{ja}}}, en: {{{en}}}}, timing: {ja: 未定, en: not yet decided}}
                notes:
                  - {kind: column, body: {ja: {{{ja}}}, en: {{{en}}}}}
              - {id: d1, level: pillar, number: "1", title: {ja: 柱, en: Pillar}, parent: g1}
            actions:
              - id: watch
                number: "(1)"
                title: {ja: {{{ja}}}, en: {{{en}}}}
                section: d1
                flags: [priority, revised]
                areas: [east, city]
                change: {summary: {ja: 目標値の修正, en: Target revised}, reason: {ja: {{{ja}}}, en: {{{en}}}}, page: 34}
                evaluations: {2020: 〇, 2019: ◎}
                evaluationComments: {2020: {ja: 一部の地区で未実施, en: Not yet in some districts}}
                indicators:
                  - id: visits
                    name: {ja: 訪問件数, en: Number of visits}
                    unit: {ja: 件, en: cases}
                    measures:
                      - label: {ja: {{{ja}}}, en: {{{en}}}}
                        baseline: 1000
                        targets: {2024: 1200, 2022: 1150}
                        actuals: {2022: 24.30}
                      - label: {ja: 実施年度, en: Years carried out}
                        targets: {2019: {ja: {{{ja}}}}}
              - {id: salon, number: "(2)", title: サロン}
            ---
            本文です。

            """, null);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.ConfigPath, "site.config.json", diagnostics)!;
        var content = ContentStage.Run(site.Root, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => d.ToString())));
        return content;
    }
}
