using System.Text.RegularExpressions;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Support;

/// <summary>
/// One mistake each, as council staff make them. A case writes its files into a site (under names
/// derived from <c>name</c>, so all cases can share one site) and returns the diagnostics it must cause.
/// Positions are computed from the written text: the tests do not copy them from the program.
/// </summary>
public static class BadInputs
{
    public delegate IReadOnlyList<Regex> Case(TestSite site, string name);

    private const string YamlHint = "check indentation (spaces, not tabs), that every `name:` has a space after the colon, and that quotes are closed";
    private const string IdHint = "use lowercase letters a-z, digits and hyphens only, starting with a letter or digit (no spaces, slashes or dots), e.g. `kashiwa-chuo`";
    private const string PeriodHint = "check the year, or the plan's `period`";
    private const string AreasHint = @"add it under content/areas/, or use one of: city, east(, [a-z0-9-]+)*";

    /// <summary>The plan header (lines 1-6) followed by <paramref name="lines"/> from line 7, then the closing fence and a body.</summary>
    public static string PlanWith(params string[] lines) => Samples.PlanHeader + string.Concat(lines.Select(l => l + "\n")) + "---\n本文です。\n";

    private static string PlanPath(string name) => $"content/plans/{name}/index.md";

    private static IReadOnlyList<Regex> Plan(TestSite site, string name, string text, Func<string, string, IEnumerable<Regex>> expected)
    {
        site.Plan(name, text);
        return expected(PlanPath(name), text).ToList();
    }

    private const string Action = """
          - id: a
            number: "1"
            title: {ja: 見守り活動, en: Watching over}
        """;

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        ["malformed-yaml"] = (site, name) => Plan(site, name,
            "---\ntitle: {ja: 試験計画, en: Test plan}\n  publisher: org\nperiod: {start: 2022, end: 2026}\npublished: 2022-03\ncoverage: city\n---\n本文\n",
            (file, text) => [Pattern(file, Regex.Escape(At(text, 3, "publisher")), "", "the YAML is malformed: .+", Regex.Escape(YamlHint))]),

        ["field-written-twice"] = (site, name) => Plan(site, name,
            PlanWith("summary: {ja: 概要, en: Summary}", "published: 2023-03"),
            // Line 5 is the header's `published:`; the second one, on line 8, is the mistake.
            (file, text) => [Pattern(file, Regex.Escape(At(text, 8, "published")), "",
                Regex.Escape("the YAML is malformed: the field `published` is written twice in the same group (first on line 5)"),
                Regex.Escape("keep one of them: YAML allows each name once per group of fields"))]),

        ["malformed-yaml-tab"] = (site, name) => Plan(site, name,
            PlanWith("actions:", "  - id: a", "\tnumber: \"1\""),
            // The tab is the first character of line 9: that is where the mistake is, whatever the YAML parser says.
            (file, _) => [Pattern(file, "9:1", "", "(?i).*\\btab\\b.*", "(?i).*spaces.*")]),

        ["full-width-space-indent"] = (site, name) => Plan(site, name,
            PlanWith("actions:", "  - id: a", "\u3000\u3000number: \"1\""),
            (file, _) => [Pattern(file, "9:1", "", "(?i).*(full-width|全角).*", ".+")]),

        ["full-width-colon"] = (site, name) => Plan(site, name,
            PlanWith("summary：{ja: 概要, en: Summary}"),
            (file, text) => [Pattern(file, Regex.Escape(At(text, 7, "：")), "", "(?i).*(full-width|全角).*colon.*|.*：.*", ".+")]),

        ["front-matter-never-closed"] = (site, name) => Plan(site, name,
            Samples.PlanHeader + "\n本文です。\n",
            (file, _) => [Line(file, "1:1", "", "the front matter is never closed", "add a line with three dashes (---) after the last YAML field")]),

        ["no-front-matter"] = (site, name) => Plan(site, name,
            "本文だけです。\n",
            (file, _) => [Line(file, "1:1", "", "the file does not start with front matter",
                "put a line with three dashes (---) first, the YAML fields, then another --- line")]),

        ["missing-required-fields"] = (site, name) => Plan(site, name,
            "---\ntitle: {ja: 試験計画, en: Test plan}\npublisher: org\ncoverage: city\nactions:\n  - id: a\n    number: \"1\"\n---\n",
            (file, text) =>
            [
                Pattern(file, Regex.Escape(At(text, 2, "title")), "period", "this required field is missing", "add `period: .+`"),
                Pattern(file, Regex.Escape(At(text, 2, "title")), "published", "this required field is missing", "add `published: .+`"),
                Pattern(file, Regex.Escape(At(text, 6, "id")), "actions[1].title", "this required field is missing", "add `title: .+`"),
            ]),

        ["unknown-field"] = (site, name) => Plan(site, name,
            PlanWith("sumary: {ja: 概要, en: Summary}", "colour: red", "actions:", Action, "    descripton: {ja: 説明, en: Description}"),
            (file, text) =>
            [
                Line(file, At(text, 7, "sumary"), "sumary", "unknown field `sumary`", "did you mean `summary`?"),
                Pattern(file, Regex.Escape(At(text, 8, "colour")), "colour", "unknown field `colour`", @"the fields allowed here are: (.+, )?summary, (.+, )?title(, .+)?"),
                Line(file, Find(text, "descripton"), "actions[1].descripton", "unknown field `descripton`", "did you mean `description`?"),
            ]),

        ["wrong-type-text-for-number"] = (site, name) => Plan(site, name,
            PlanWith("actions:", Action, "    change: {summary: {ja: 修正, en: Revised}, reason: {ja: 理由, en: Reason}, page: thirty}")
                .Replace("period: {start: 2022, end: 2026}", "period: {start: twenty, end: 2026}"),
            (file, text) =>
            [
                Line(file, Find(text, "twenty"), "period.start", "expected a fiscal year such as 2022, found `twenty`",
                    "write the Western year the fiscal year starts in: 令和4年度 is 2022"),
                Line(file, Find(text, "thirty"), "actions[1].change.page", "expected a whole number, found `thirty`",
                    "write digits only, without quotes or units, e.g. `34`"),
            ]),

        ["wrong-type-list-for-text"] = (site, name) => Plan(site, name,
            PlanWith("summary: [概要その一, 概要その二]", "levels: [{id: goal, name: {ja: 目標, en: Goal}}]", "sections:", "  - id: g", "    number: [1, 2]", "    title: {ja: 目標, en: Goal}",
                "actions:", Action, "    areas: east"),
            (file, text) =>
            [
                Pattern(file, Regex.Escape(Find(text, "[概要")), "summary", ".*a list.*"),
                Line(file, Find(text, "[1, 2]"), "sections[1].number", "expected a text, found a list",
                    "write the text on the same line after the colon, in quotes if it contains a colon"),
                Line(file, At(text, LineOf(text, "areas: east"), "east"), "actions[1].areas", "expected a list, found `east`",
                    "write each entry on its own line starting with `- `"),
            ]),

        ["duplicate-ids"] = (site, name) => Plan(site, name,
            PlanWith(
                "levels: [{id: goal, name: {ja: 目標, en: Goal}}]",
                "sections:",
                "  - {id: g1, number: \"1\", title: {ja: 目標一, en: Goal one}}",
                "  - {id: g1, number: \"2\", title: {ja: 目標二, en: Goal two}}",
                "actions:",
                "  - {id: a1, number: \"1\", title: {ja: 取組一, en: Action one}}",
                "  - {id: a2, number: \"2\", title: {ja: 取組二, en: Action two}}",
                "  - {id: a1, number: \"3\", title: {ja: 取組三, en: Action three}}"),
            (file, text) =>
            [
                Line(file, At(text, 10, "g1"), "sections", "the id `g1` is used 2 times", "give each entry its own id"),
                Line(file, At(text, 14, "a1"), "actions", "the id `a1` is used 2 times", "give each entry its own id"),
            ]),

        ["unknown-language"] = (site, name) => Plan(site, name,
            PlanWith().Replace("title: {ja: 試験計画, en: Test plan}", "title: {jp: 試験計画, en: Test plan}"),
            (file, text) =>
            [
                Line(file, At(text, 2, "jp"), "title.jp", "`jp` is not a language of this site",
                    "this site's languages are ja, en (`languages` in site.config.json): write `ja:` for Japanese and one of those codes for each translation"),
                Line(file, At(text, 2, "{"), "title.ja", "the Japanese text is missing", "Japanese is the language of record: add `ja: …`"),
            ]),

        ["missing-japanese"] = (site, name) => Plan(site, name,
            PlanWith("summary:", "  en: Only in English"),
            (file, text) => [Line(file, At(text, 8, "en"), "summary.ja", "the Japanese text is missing", "Japanese is the language of record: add `ja: …`")]),

        ["evaluation-year-outside-period"] = (site, name) => Plan(site, name,
            PlanWith(Samples.Scale.TrimEnd('\n'), "actions:", Action, "    evaluations: {2021: ◎, 2024: 〇, 2027: 〇}"),
            (file, text) =>
            [
                Line(file, Find(text, "2021"), "actions[1].evaluations.2021", "2021 is outside the plan period 2022–2026", PeriodHint),
                Line(file, Find(text, "2027"), "actions[1].evaluations.2027", "2027 is outside the plan period 2022–2026", PeriodHint),
            ]),

        // A target after the period is only a warning (Validation/CheckWarningTests); an actual outside it is an error.
        ["actual-year-outside-period"] = (site, name) => Plan(site, name,
            PlanWith("actions:", Action,
                "    indicators:",
                "      - id: i",
                "        name: {ja: 件数, en: Count}",
                "        measures:",
                "          - label: {ja: 目標値, en: Target}",
                "            targets: {2022: 10, 2030: 20}",
                "            actuals: {2019: 5}"),
            (file, text) =>
            [
                Line(file, Find(text, "2019"), "actions[1].indicators[1].measures[1].actuals.2019", "2019 is outside the plan period 2022–2026", PeriodHint),
            ]),

        ["evaluation-date-mistakes"] = (site, name) => Plan(site, name,
            PlanWith(Samples.Scale.TrimEnd('\n'),
                "evaluated: {2022: 2022-03, 2023: 令和6年6月, 2024: 2025-06, 2027: 2028-06}",
                "actions:", Action, "    evaluations: {2022: ◎, 2023: 〇}"),
            (file, text) =>
            [
                Line(file, At(text, LineOf(text, "evaluated:"), "2022-03"), "evaluated.2022", "the evaluation of FY2022 is dated 2022-03, before that fiscal year began (2022-04)",
                    "write when the evaluation was published, e.g. `2022: 2023-06`; the key is the fiscal year evaluated, as a Western year: 令和2年度 is 2020"),
                Line(file, Find(text, "令和6年6月"), "evaluated.2023", "expected a date such as 2022-03 or 2022-03-31, found `令和6年6月`",
                    "write year-month or year-month-day with Western years: 令和4年3月 is 2022-03"),
                Line(file, Find(text, "2024:"), "evaluated.2024", "no action has an evaluation for 2024",
                    "the years with marks are 2022, 2023; add the marks under the actions' `evaluations:`, or remove this year"),
                Line(file, Find(text, "2027:"), "evaluated.2027", "2027 is outside the plan period 2022–2026", PeriodHint),
            ]),

        ["unsafe-slug-dot-dot"] = (site, name) => Plan(site, name,
            PlanWith("slug: ../x"),
            (file, text) => [Line(file, At(text, 7, "../x"), "slug", "`../x` is not a valid id", IdHint)]),

        ["unsafe-slug-slash"] = (site, name) => Plan(site, name,
            PlanWith("slug: a/b"),
            (file, text) => [Line(file, At(text, 7, "a/b"), "slug", "`a/b` is not a valid id", IdHint)]),

        ["unsafe-slug-space"] = (site, name) => Plan(site, name,
            PlanWith("slug: \"a b\""),
            (file, text) => [Line(file, At(text, 7, "\"a b\""), "slug", "`a b` is not a valid id", IdHint)]),

        ["plan-folder-with-space"] = (site, name) =>
        {
            site.Plan(name + " plan", PlanWith());
            return [Line($"content/plans/{name} plan/index.md", "1:1", "slug", $"the folder name `{name} plan` cannot be used in a web address",
                "rename the folder using lowercase letters a-z, digits and hyphens, e.g. `kashiwa-4th`, or add a `slug:` field")];
        },

        ["area-file-with-space"] = (site, name) =>
        {
            site.Area(name + " side", Samples.EastArea);
            return [Line($"content/areas/{name} side.md", "1:1", "", $"the file name `{name} side` cannot be used as an id in web addresses",
                "rename the file using lowercase letters a-z, digits and hyphens only")];
        },

        ["missing-area"] = (site, name) => Plan(site, name,
            PlanWith(
                "districtPlans:",
                "  - id: d",
                "    area: north",
                "    title: {ja: 北地区計画, en: North district plan}",
                "actions:", Action,
                "    areas: [east, nowhere, east-side]").Replace("coverage: city", "coverage: middle"),
            (file, text) =>
            [
                Pattern(file, Regex.Escape(Find(text, "middle")), "coverage", Regex.Escape("there is no area `middle`"), AreasHint),
                Pattern(file, Regex.Escape(Find(text, "north")), "districtPlans[1].area", Regex.Escape("there is no area `north`"), AreasHint),
                Pattern(file, Regex.Escape(Find(text, "nowhere")), "actions[1].areas", Regex.Escape("there is no area `nowhere`"), AreasHint),
                Line(file, Find(text, "east-side"), "actions[1].areas", "there is no area `east-side`", "did you mean `east`?"),
            ]),

        ["missing-publisher"] = (site, name) => Plan(site, name,
            PlanWith().Replace("publisher: org", "publisher: nobody"),
            (file, text) => [Line(file, Find(text, "nobody"), "publisher", "there is no organisation `nobody`",
                "add content/organisations/nobody.md, or use the id of an existing organisation")]),

        ["area-missing-organisation"] = (site, name) =>
        {
            var text = "---\nname: {ja: 西地区, en: West district}\nlayer: district\norganisation: nobody\n---\n";
            site.Area("west-" + name, text);
            return [Pattern($"content/areas/west-{name}.md", Regex.Escape(Find(text, "nobody")), "organisation",
                Regex.Escape("there is no organisation `nobody`"), @"add it under content/organisations/, or use one of: org")];
        },

        ["mark-not-in-scale"] = (site, name) => Plan(site, name,
            PlanWith(Samples.Scale.TrimEnd('\n'), "actions:", Action, "    evaluations: {2022: ○, 2023: O, 2024: ◎}"),
            (file, text) =>
            [
                Line(file, Find(text, "○"), "actions[1].evaluations.2022", "`○` is not a mark of this plan's evaluation scale",
                    "use one of: ◎ 〇 (note 〇 is the kanji circle, not ○ or O)"),
                Line(file, At(text, LineOf(text, "2023: O"), "O,"), "actions[1].evaluations.2023", "`O` is not a mark of this plan's evaluation scale",
                    "use one of: ◎ 〇 (note 〇 is the kanji circle, not ○ or O)"),
            ]),

        ["mark-without-scale"] = (site, name) => Plan(site, name,
            PlanWith("actions:", Action, "    evaluations: {2022: ◎}"),
            (file, text) => [Line(file, Find(text, "◎"), "actions[1].evaluations.2022", "the mark `◎` is used but the plan has no evaluationScale",
                "add `evaluationScale:` with each mark's symbol and label before using marks")]),

        ["number-with-commas"] = (site, name) => Plan(site, name,
            PlanWith("actions:", Action,
                "    indicators:",
                "      - id: i",
                "        name: {ja: 件数, en: Count}",
                "        unit: {ja: 件, en: cases}",
                "        measures:",
                "          - label: {ja: 目標値, en: Target}",
                "            baseline: 12,000",
                "            targets:",
                "              2022: 1,150",
                "              2024: 1200"),
            (file, text) =>
            [
                Line(file, Find(text, "12,000"), "actions[1].indicators[1].measures[1].baseline", "`12,000` looks like a number written with commas",
                    "write numbers without thousands separators (`12000`); the site adds them"),
                Line(file, Find(text, "1,150"), "actions[1].indicators[1].measures[1].targets.2022", "`1,150` looks like a number written with commas",
                    "write numbers without thousands separators (`1150`); the site adds them"),
            ]),
    };

    public static IEnumerable<object[]> Names => All.Keys.Select(k => new object[] { k });
}
