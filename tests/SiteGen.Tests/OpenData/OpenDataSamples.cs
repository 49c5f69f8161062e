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

    /// <summary>A one-plan site built in memory, with the awkward text in titles, reasons, labels and values.</summary>
    public static SiteContent Tiny()
    {
        var organisation = new Organisation("org", new LocalizedText("テスト市社会福祉協議会", "Test City Council of Social Welfare"), null,
            new LocalizedText("テスト市", "Test City"), "011002",
            new Contact(null, null, null, null, null, null, null, null), "content/organisations/org.md");
        var areas = new List<ServiceArea>
        {
            new("city", new LocalizedText("テスト市全域", "Test City (whole city)"), AreaLayer.WholeCity, null, "org", null, null, "content/areas/city.md"),
            new("east", new LocalizedText("東地区", null), AreaLayer.District, "city", "org", null, null, "content/areas/east.md"),
        };
        var indicator = new Indicator("visits", new LocalizedText("訪問件数", "Number of visits"), null, new LocalizedText("件", "cases"),
        [
            new IndicatorMeasure(new LocalizedText(Awkward, AwkwardEn), Value.Of(1000m, "1000"),
                YearMap<Value>.From(new Dictionary<FiscalYear, Value> { [new FiscalYear(2024)] = Value.Of(1200m, "1200"), [new FiscalYear(2022)] = Value.Of(1150m, "1150") }),
                YearMap<Value>.From(new Dictionary<FiscalYear, Value> { [new FiscalYear(2022)] = Value.Of(24.30m, "24.30") })),
            new IndicatorMeasure(new LocalizedText("実施年度", "Years carried out"), null,
                YearMap<Value>.From(new Dictionary<FiscalYear, Value> { [new FiscalYear(2019)] = Value.Of(new LocalizedText(Awkward, null)) }),
                YearMap<Value>.From(new Dictionary<FiscalYear, Value>())),
        ], 1);
        var actions = new List<ActionItem>
        {
            new("watch", "(1)", new LocalizedText(Awkward, AwkwardEn), "d1", ActionFlags.Priority | ActionFlags.Revised, ["east", "city"],
                new ActionChange(new LocalizedText("目標値の修正", "Target revised"), new LocalizedText(Awkward, AwkwardEn), 34, null),
                YearMap<string>.From(new Dictionary<FiscalYear, string> { [new FiscalYear(2020)] = "〇", [new FiscalYear(2019)] = "◎" }),
                [indicator], null, 1),
            new("salon", "(2)", new LocalizedText("サロン", null), null, ActionFlags.None, [], null,
                YearMap<string>.From(new Dictionary<FiscalYear, string>()), [], null, 2),
        };
        var together = new Actor("together", new LocalizedText("みんなで", "Together"));
        var goalLevel = new PlanLevel("goal", new LocalizedText("基本目標", "Basic goal"), null);
        var pillarLevel = new PlanLevel("pillar", new LocalizedText("柱", "Pillar"), new LocalizedText("施策の柱", "Pillars"));
        var plan = new Plan
        {
            Slug = "tiny",
            SourcePath = "content/plans/tiny/index.md",
            Title = new LocalizedText(Awkward, AwkwardEn),
            Publisher = organisation,
            Period = new PlanPeriod(new FiscalYear(2019), new FiscalYear(2024)),
            Published = new PartialDate(2019, 3, null),
            CoverageAreaId = "city",
            Actors = [together],
            Levels = [goalLevel, pillarLevel],
            Sections =
            [
                new PlanSection("g1", goalLevel, "1", new LocalizedText(Awkward, AwkwardEn), null, null, 1)
                {
                    Parts = new NodeParts([new Role(together, [new LocalizedText("見守り", null)])],
                        [new Programme(new LocalizedText(Awkward, AwkwardEn), null, new LocalizedText("未定", "not yet decided"), null)],
                        [new PlanNote(NoteKind.Column, null, new LocalizedText(Awkward, AwkwardEn))]),
                },
                new PlanSection("d1", pillarLevel, "1", new LocalizedText("柱", "Pillar"), null, "g1", 1),
            ],
            Actions = actions,
            EvaluationScale = new EvaluationScale(null,
            [
                new EvaluationMark("◎", new LocalizedText("計画以上に実施", "achieved beyond plan"), null),
                new EvaluationMark("〇", new LocalizedText(Awkward, AwkwardEn), null),
            ]),
            Narrative = new Narrative(null, 1, null, 1, "content/plans/tiny/index.md", "content/plans/tiny/index.en.md"),
        };
        return new SiteContent([plan], [organisation], areas);
    }
}
