using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.I18n;

/// <summary>
/// Every word of the interface, per language, from I18n/Strings/&lt;lang&gt;.json. A typed record,
/// not a dictionary: a key missing from one language fails the first build, not a resident's page.
/// Format strings take {0}, {1}.
/// </summary>
public sealed record UiStrings
{
    /// <summary>How the language is written: `japanese`, `chinese` or `latin` (<see cref="I18n.Writing"/>).</summary>
    public required string Writing { get; init; }
    /// <summary>The Open Graph locale of the pages: ja_JP, en_US, vi_VN.</summary>
    public required string Locale { get; init; }
    public required string LanguageName { get; init; }
    public required string ReadInThisLanguage { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNavigation { get; init; }
    /// <summary>The button that opens the site menu on a phone.</summary>
    public required string Menu { get; init; }
    /// <summary>The link on a long page that goes back to its contents list.</summary>
    public required string BackToContents { get; init; }
    public required string Breadcrumbs { get; init; }
    public required string NavHome { get; init; }
    public required string NavAreas { get; init; }
    public required string NavGlossary { get; init; }
    public required string NavAbout { get; init; }
    public required string NavSearch { get; init; }
    public required string NotTranslated { get; init; }
    public required string NotTranslatedPage { get; init; }

    public required string HomeHeading { get; init; }
    public required string HomeIntro { get; init; }

    public required string Contents { get; init; }
    public required string Publisher { get; init; }
    public required string Period { get; init; }
    public required string PeriodRange { get; init; }
    public required string Published { get; init; }
    public required string Revised { get; init; }
    public required string Edition { get; init; }
    public required string DocumentType { get; init; }
    public required string Source { get; init; }
    public required string RevisionOf { get; init; }
    public required string RevisedBy { get; init; }
    public required string Overview { get; init; }
    public required string Vision { get; init; }
    public required string Programmes { get; init; }
    public required string PeriodUnknown { get; init; }
    public required string DateUnknown { get; init; }
    public required string StatusDraft { get; init; }
    public required string StatusExcerpt { get; init; }
    public required string ProgrammeRunBy { get; init; }
    public required string ProgrammeTiming { get; init; }
    public required string Column { get; init; }
    public required string Actions { get; init; }
    public required string ActionsCount { get; init; }
    /// <summary><see cref="ActionsCount"/> when there is one action.</summary>
    public required string ActionsCountOne { get; init; }
    public required string FlagsLegend { get; init; }
    public required string FlagPriority { get; init; }
    public required string FlagNew { get; init; }
    public required string FlagRevised { get; init; }
    public required string FlagEnded { get; init; }
    public required string FlagPriorityDefinition { get; init; }
    public required string FlagNewDefinition { get; init; }
    public required string FlagRevisedDefinition { get; init; }
    public required string FlagEndedDefinition { get; init; }
    public required string ChangeSummary { get; init; }
    public required string ChangeReason { get; init; }
    public required string MainPlanPage { get; init; }
    public required string RevisedText { get; init; }
    public required string ConcernsAreas { get; init; }
    public required string Indicators { get; init; }
    public required string IndicatorMeasure { get; init; }
    public required string Baseline { get; init; }
    public required string Target { get; init; }
    public required string Actual { get; init; }
    public required string Unit { get; init; }
    public required string Evaluations { get; init; }
    public required string EvaluationLegend { get; init; }
    public required string Mark { get; init; }
    public required string MarkMeaning { get; init; }
    public required string PhaseInForce { get; init; }
    public required string PhaseEnded { get; init; }
    public required string PhaseNotStarted { get; init; }
    /// <summary>"{0}現在": the fiscal year a phase is stated for.</summary>
    public required string PhaseAsOf { get; init; }
    public required string PhaseRevised { get; init; }
    public required string SourceIntro { get; init; }
    public required string SourcePages { get; init; }
    public required string SourcePageCount { get; init; }
    /// <summary><see cref="SourcePageCount"/> for a single page.</summary>
    public required string SourcePageCountOne { get; init; }
    public required string SourceFile { get; init; }
    public required string SourceIssuedBy { get; init; }
    /// <summary>What "FY" means, said once under a plan's period; empty where the language needs no note (年度).</summary>
    public required string FiscalYearNote { get; init; }
    public required string OpenDataAbout { get; init; }
    public required string OpenDataHeading { get; init; }
    public required string OpenDataBody { get; init; }
    public required string OpenDataFilePlan { get; init; }
    public required string OpenDataFileActions { get; init; }
    public required string OpenDataFileIndicators { get; init; }
    public required string OpenDataFileEvaluations { get; init; }
    public required string OpenDataFileSections { get; init; }
    public required string OpenDataFileAreas { get; init; }
    public required string OpenDataAllPlans { get; init; }
    public required string PrintAddress { get; init; }
    public required string NotEvaluated { get; init; }
    /// <summary>Under a table whose cells use ⇒ as the source does: what the arrow means.</summary>
    public required string ContinuedMark { get; init; }
    public required string AreaTiers { get; init; }
    public required string DistrictPlans { get; init; }
    public required string Tables { get; init; }
    public required string Glossary { get; init; }
    public required string About { get; init; }
    public required string Contact { get; init; }
    public required string PostalCode { get; init; }
    public required string Address { get; init; }
    /// <summary>On pages in other languages than Japanese: a name (an area's, an organisation's with its address) as Japanese writes it.</summary>
    public required string InJapanese { get; init; }
    public required string Phone { get; init; }
    public required string Fax { get; init; }
    public required string Email { get; init; }
    public required string Web { get; init; }
    public required string Access { get; init; }

    public required string AreasHeading { get; init; }
    public required string AreasIntro { get; init; }
    public required string AreaHeading { get; init; }
    public required string AreaLayer { get; init; }
    public required string ParentArea { get; init; }
    public required string SubAreas { get; init; }
    public required string PlansCoveringArea { get; init; }
    public required string DistrictPlansInArea { get; init; }
    public required string ActionsInArea { get; init; }
    public required string NothingPlannedYet { get; init; }
    public required string NoDistrictPlanYet { get; init; }
    public required string LayerWholeCity { get; init; }
    public required string LayerCommunityArea { get; init; }
    public required string LayerJuniorHighSchoolDistrict { get; init; }
    public required string LayerElementarySchoolDistrict { get; init; }
    public required string LayerBranch { get; init; }
    public required string LayerDistrict { get; init; }
    public required string LayerNeighbourhoodAssociation { get; init; }
    // The same, counted (12 中学校区, 12 junior high school districts): shown after a number other than 1.
    public required string LayerWholeCityPlural { get; init; }
    public required string LayerCommunityAreaPlural { get; init; }
    public required string LayerJuniorHighSchoolDistrictPlural { get; init; }
    public required string LayerElementarySchoolDistrictPlural { get; init; }
    public required string LayerBranchPlural { get; init; }
    public required string LayerDistrictPlural { get; init; }
    public required string LayerNeighbourhoodAssociationPlural { get; init; }

    public required string GlossaryHeading { get; init; }
    public required string GlossaryIntro { get; init; }
    public required string UsedIn { get; init; }
    /// <summary>Read by screen readers after a term marked ※, inside its link to the glossary entry.</summary>
    public required string TermLinkHint { get; init; }
    public required string GlossaryJumpList { get; init; }
    /// <summary>The heading of a group of the glossary: {0} the row's kana (あ) or the letter (A).</summary>
    public required string GlossaryRow { get; init; }
    public required string GlossaryOther { get; init; }
    public required string GlossaryInJapanese { get; init; }
    /// <summary>Before a term in Roman letters (seinen kōken seido), on pages in a language written in them.</summary>
    public required string GlossaryPronounced { get; init; }
    public required string LandingIntro { get; init; }
    public required string LandingPlans { get; init; }
    public required string AboutHeading { get; init; }
    public required string AboutBody { get; init; }
    public required string NotFoundHeading { get; init; }
    public required string NotFoundBody { get; init; }
    public required string FooterNote { get; init; }
    public required string FeedTitle { get; init; }
    public required string FeedSubtitle { get; init; }
    public required string FeedPublished { get; init; }
    public required string FeedRevised { get; init; }
    /// <summary>{0} the plan's title, {1} the fiscal year evaluated.</summary>
    public required string FeedEvaluated { get; init; }
    /// <summary>{0} the fiscal year, {1} the marks in words joined by <see cref="ChartListSeparator"/>.</summary>
    public required string FeedEvaluationSummary { get; init; }
    /// <summary>{0} the mark's symbol, {1} its label, {2} the number of actions.</summary>
    public required string FeedEvaluationMark { get; init; }
    public required string LastUpdated { get; init; }
    public required string AuditHeading { get; init; }
    public required string AuditSummary { get; init; }
    public required string AuditRules { get; init; }
    public required string AuditNoProblems { get; init; }
    public required string AuditMore { get; init; }
    // The accessibility test report on the about page (src/SiteGen/Accessibility/TestReport.cs).
    public required string ReportHeading { get; init; }
    public required string ReportIntro { get; init; }
    public required string ReportStandard { get; init; }
    public required string ReportStandardValue { get; init; }
    public required string ReportTargetLevel { get; init; }
    public required string ReportTargetLevelValue { get; init; }
    public required string ReportScope { get; init; }
    public required string ReportScopeValue { get; init; }
    public required string ReportTestDate { get; init; }
    public required string ReportConformance { get; init; }
    public required string ConformanceJisFull { get; init; }
    public required string ConformanceJisPartial { get; init; }
    public required string ConformanceWcagFull { get; init; }
    public required string ConformanceWcagPartial { get; init; }
    public required string ReportPartialWhy { get; init; }
    public required string ReportPartialWhyFail { get; init; }
    public required string ReportSummary { get; init; }
    public required string ReportCriteriaHeading { get; init; }
    public required string ReportCriteriaCaption { get; init; }
    public required string ReportColNumber { get; init; }
    public required string ReportColName { get; init; }
    public required string ReportColLevel { get; init; }
    public required string ReportColVersion { get; init; }
    public required string ReportColMethod { get; init; }
    public required string ReportColResult { get; init; }
    public required string ReportHowHeading { get; init; }
    public required string MethodBuild { get; init; }
    public required string MethodBrowser { get; init; }
    public required string MethodByHand { get; init; }
    public required string MethodNotYetByHand { get; init; }
    public required string MethodBuildAbout { get; init; }
    public required string MethodBrowserAbout { get; init; }
    public required string MethodByHandAbout { get; init; }
    public required string ResultPass { get; init; }
    public required string ResultFail { get; init; }
    public required string ResultNotApplicable { get; init; }
    public required string ResultNotChecked { get; init; }
    public required string ReportNote411 { get; init; }
    public required string ReportProblemHeading { get; init; }
    public required string ReportProblemBody { get; init; }
    public required string ReportProblemLink { get; init; }
    public required string ReportProblemInclude { get; init; }
    public required string ReportProblemAddress { get; init; }
    public required string ReportProblemWhat { get; init; }
    public required string ReportProblemDevice { get; init; }
    public required string OpenData { get; init; }
    public required string OpenDataIntro { get; init; }

    // Embedding (src/SiteGen/Embedding, docs/embedding.md): the "Embed this" panel, the embed views, embed.js.
    public required string EmbedHeading { get; init; }
    public required string EmbedIntro { get; init; }
    public required string EmbedPreview { get; init; }
    public required string EmbedScriptHeading { get; init; }
    public required string EmbedScriptHint { get; init; }
    public required string EmbedIframeHeading { get; init; }
    public required string EmbedIframeHint { get; init; }
    public required string EmbedLinkHeading { get; init; }
    public required string EmbedLinkHint { get; init; }
    public required string EmbedCopy { get; init; }
    public required string EmbedCopied { get; init; }
    public required string EmbedCopyFailed { get; init; }
    public required string EmbedOptionsHeading { get; init; }
    public required string EmbedOptionsIntro { get; init; }
    public required string EmbedOptionLang { get; init; }
    public required string EmbedOptionView { get; init; }
    public required string EmbedOptionTheme { get; init; }
    public required string EmbedGoalsHeading { get; init; }
    public required string EmbedGoalsIntro { get; init; }
    public required string EmbedPreviewOf { get; init; }
    public required string EmbedReadPlan { get; init; }
    public required string EmbedReadGoal { get; init; }
    public required string EmbedReadArea { get; init; }
    public required string EmbedFrameTitle { get; init; }
    public required string EmbedErrorMalformed { get; init; }
    public required string EmbedErrorMissing { get; init; }
    public required string EmbedErrorNotFound { get; init; }
    public required string EmbedErrorOpenList { get; init; }

    // Charts, the plan overview and the action filter (Charts/, ActionFilter, assets/filter.js).
    public required string ChartOf { get; init; }
    public required string ChartTableLink { get; init; }
    public required string ChartLegend { get; init; }
    public required string ChartListSeparator { get; init; }
    public required string ChartCategory { get; init; }
    public required string ChartMeasure { get; init; }
    public required string EvaluationSummary { get; init; }
    public required string EvaluationLatest { get; init; }
    public required string ActionCountOne { get; init; }
    public required string ActionCountMany { get; init; }
    public required string IndicatorChartTargets { get; init; }
    public required string IndicatorChartTargetsActuals { get; init; }
    public required string OverviewActions { get; init; }
    public required string AllActions { get; init; }
    public required string FilterLegend { get; init; }
    public required string FilterGoal { get; init; }
    public required string FilterFlag { get; init; }
    public required string FilterArea { get; init; }
    public required string FilterAll { get; init; }
    public required string FilterShown { get; init; }
    public required string FilterReset { get; init; }

    public required string SearchHeading { get; init; }
    public required string SearchIntro { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchButton { get; init; }
    public required string SearchNeedsJavaScript { get; init; }
    public required string SearchPlanList { get; init; }
    public required string SearchEmpty { get; init; }
    public required string SearchSearching { get; init; }
    public required string SearchResultsOne { get; init; }
    public required string SearchResultsMany { get; init; }
    public required string SearchShowingFirst { get; init; }
    public required string SearchNoResults { get; init; }
    public required string SearchFailed { get; init; }
    public required string Furigana { get; init; }
    public required string FuriganaOn { get; init; }
    public required string FuriganaOff { get; init; }

    public string Format(string format, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    /// <summary>
    /// <paramref name="one"/> or <paramref name="other"/> formatted with <paramref name="count"/> first: English has a
    /// singular (1 page, 2 pages); a language without one writes the same text twice.
    /// </summary>
    public string Count(string one, string other, int count, params object[] more) =>
        Format(count == 1 ? one : other, [count, .. more]);

    /// <summary>The built-in strings of ja and en, the languages of a site whose config names none.</summary>
    public static IReadOnlyDictionary<Language, UiStrings> LoadAll() =>
        SiteLanguages.Default.All.ToDictionary(language => language, language => LanguageFiles.BuiltIn(language.Code)!);
}

/// <summary>How the UI strings are read: generated at compile time (see <see cref="Config.SiteConfigJson"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(UiStrings))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class UiStringsJson : JsonSerializerContext;
