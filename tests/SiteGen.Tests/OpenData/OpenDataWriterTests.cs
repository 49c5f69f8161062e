using System.Text.Json;
using Json.Schema;
using SiteGen.Addressing;
using SiteGen.OpenData;
using SiteGen.Pages;
using SiteGen.Publish;
using static SiteGen.Tests.OpenData.OpenDataSamples;

namespace SiteGen.Tests.OpenData;

public sealed class OpenDataWriterTests
{
    /// <summary>The headers docs/open-data.md documents, written out here so a change to either is noticed.</summary>
    public static readonly Dictionary<string, string> DocumentedHeaders = new()
    {
        ["actions.csv"] = "local_government_code,plan_slug,action_id,number,title_ja,title_en,section,description_ja,description_en,flags,areas,change_summary_ja,change_summary_en,change_reason_ja,change_reason_en,change_page,change_revised_text_ja,change_revised_text_en",
        ["indicators.csv"] = "local_government_code,plan_slug,action_id,indicator_id,indicator_name_ja,indicator_name_en,indicator_scope_ja,indicator_scope_en,indicator_unit_ja,indicator_unit_en,measure_number,measure_label_ja,measure_label_en,fiscal_year,fiscal_year_era,kind,value_number,value_text_ja,value_text_en",
        ["evaluations.csv"] = "local_government_code,plan_slug,action_id,fiscal_year,fiscal_year_era,mark_symbol,mark_label_ja,mark_label_en,mark_definition_ja,mark_definition_en,comment_ja,comment_en",
        ["sections.csv"] = "local_government_code,plan_slug,section_id,level,number,title_ja,title_en,description_ja,description_en,parent",
        ["areas.csv"] = "local_government_code,plan_slug,area_id,name_ja,name_en,layer,parent_id,organisation_id,coverage,district_plan,action_count",
    };

    public static TheoryData<string> CsvNames => new(DocumentedHeaders.Keys);

    private static IEnumerable<string> CsvPaths(string name) =>
        Real.Plans.Select(p => $"data/plans/{p.Slug}/{name}").Append($"data/{name}");

    [Fact]
    public void Writes_one_json_and_every_csv_per_plan_and_for_the_whole_site_and_the_schema()
    {
        var expected = Real.Plans
            .SelectMany(p => DocumentedHeaders.Keys.Select(n => $"data/plans/{p.Slug}/{n}").Append($"data/plans/{p.Slug}/plan.json"))
            .Concat(DocumentedHeaders.Keys.Select(n => $"data/{n}"))
            .Append("data/plans.json")
            .Append("data/schema/plan.schema.json")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, Files.Select(f => f.Path).ToList());
        Assert.Equal(DocumentedHeaders.Keys.ToList(), OpenDataWriter.CsvFileNames.ToList());
    }

    [Theory]
    [MemberData(nameof(CsvNames))]
    public void Csv_starts_with_the_bom_uses_crlf_only_and_has_the_documented_header(string name)
    {
        foreach (var path in CsvPaths(name))
        {
            var bytes = File(path);
            Assert.True(bytes.AsSpan().StartsWith(Rfc4180.Bom), $"{path} does not start with the UTF-8 BOM");
            Assert.False(bytes.AsSpan(3).StartsWith(Rfc4180.Bom), $"{path} has two BOMs");
            var text = Utf8(bytes[3..]);
            Assert.StartsWith(DocumentedHeaders[name] + "\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            // Every line end outside quoted fields is CRLF: the strict parser rejects a bare CR or LF.
            var records = Rfc4180.ParseFile(bytes);
            Assert.Equal(DocumentedHeaders[name].Split(','), records[0]);
            Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        }
    }

    [Theory]
    [MemberData(nameof(CsvNames))]
    public void Every_row_carries_the_publishers_local_government_code_and_the_whole_site_file_is_the_plans_files_concatenated(string name)
    {
        var all = Rfc4180.ParseFile(File($"data/{name}"));
        var concatenated = new List<List<string>> { all[0] };
        foreach (var plan in Real.Plans)
        {
            var records = Rfc4180.ParseFile(File($"data/plans/{plan.Slug}/{name}"));
            Assert.Equal(all[0], records[0]);
            Assert.All(records.Skip(1), r =>
            {
                Assert.Equal(plan.Publisher.LocalGovernmentCode, r[0]);
                Assert.Matches("^[0-9]{6}$", r[0]);
                Assert.Equal(plan.Slug, r[1]);
            });
            concatenated.AddRange(records.Skip(1));
        }
        Assert.Equal(concatenated, all);
    }

    [Fact]
    public void Every_action_of_every_plan_appears_exactly_once_in_actions_csv()
    {
        var rows = Rfc4180.Rows(File("data/actions.csv"));
        var keys = rows.Select(r => (r["plan_slug"], r["action_id"])).ToList();
        var expected = Real.Plans.SelectMany(p => p.Actions.Select(a => (p.Slug, a.Id))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());

        foreach (var plan in Real.Plans)
        {
            var planRows = Rfc4180.Rows(File($"data/plans/{plan.Slug}/actions.csv"));
            Assert.Equal(plan.Actions.Select(a => a.Id), planRows.Select(r => r["action_id"]));
            foreach (var (action, row) in plan.Actions.Zip(planRows))
            {
                Assert.Equal(action.Title.Ja, row["title_ja"]);
                Assert.Equal(action.Title.Exact("en") ?? "", row["title_en"]);
                Assert.Equal(action.Flags.HasFlag(SiteGen.Model.ActionFlags.New), row["flags"].Split(';').Contains("new"));
                Assert.Equal(string.Join(';', action.AreaIds), row["areas"]);
            }
        }
    }

    [Fact]
    public void Kashiwa_midterm_1150_target_is_a_number_for_fiscal_year_2022_with_its_era()
    {
        var rows = Rfc4180.Rows(File("data/plans/kashiwa-4th-midterm/indicators.csv"));
        var row = Assert.Single(rows, r => r["indicator_id"] == "tanaka-centre" && r["measure_number"] == "1" && r["kind"] == "target" && r["fiscal_year"] == "2022");
        Assert.Equal("1150", row["value_number"]);
        Assert.Equal("令和4年度", row["fiscal_year_era"]);
        Assert.Equal("", row["value_text_ja"]);
        Assert.Equal("件", row["indicator_unit_ja"]);
        Assert.Equal("cases", row["indicator_unit_en"]);
        Assert.Equal("122173", row["local_government_code"]);
        Assert.Equal("action-1-1", row["action_id"]);

        // The same datum in the whole-site file, and as a JSON number in plan.json.
        Assert.Contains(Rfc4180.Rows(File("data/indicators.csv")), r =>
            r["plan_slug"] == "kashiwa-4th-midterm" && r["indicator_id"] == "tanaka-centre" && r["fiscal_year"] == "2022" &&
            r["kind"] == "target" && r["value_number"] == "1150" && r["fiscal_year_era"] == "令和4年度");
        using var json = JsonDocument.Parse(File("data/plans/kashiwa-4th-midterm/plan.json"));
        var indicator = json.RootElement.GetProperty("actions").EnumerateArray().SelectMany(a => a.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "tanaka-centre");
        var target = indicator.GetProperty("measures")[0].GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("fiscalYear").GetInt32() == 2022);
        Assert.Equal(JsonValueKind.Number, target.GetProperty("value").ValueKind);
        Assert.Equal(1150m, target.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void Text_values_and_evaluations_keep_their_labels()
    {
        var indicators = Rfc4180.Rows(File("data/plans/kashiwa-4th-midterm/indicators.csv"));
        var carriedOut = Assert.Single(indicators, r => r["indicator_id"] == "social-welfare-corporation-network" && r["fiscal_year"] == "2022" && r["measure_number"] == "1");
        Assert.Equal("", carriedOut["value_number"]);
        Assert.Equal("実施", carriedOut["value_text_ja"]);
        Assert.Equal("carried out", carriedOut["value_text_en"]);

        var evaluations = Rfc4180.Rows(File("data/plans/kashiwa-4th-midterm/evaluations.csv"));
        var first = Assert.Single(evaluations, r => r["action_id"] == "action-1-1" && r["fiscal_year"] == "2019");
        Assert.Equal("令和元年度", first["fiscal_year_era"]);
        Assert.Equal("◎", first["mark_symbol"]);
        Assert.Equal("計画以上に実施", first["mark_label_ja"]);
        Assert.Equal("achieved beyond plan", first["mark_label_en"]);
        Assert.All(evaluations, r => Assert.NotEqual("", r["mark_label_ja"]));
        var expected = Real.Plan("kashiwa-4th-midterm")!.Actions.Sum(a => a.Evaluations.Count);
        Assert.Equal(expected, evaluations.Count);
    }

    [Fact]
    public void Csv_round_trips_japanese_text_with_comma_quote_and_newlines()
    {
        var files = OpenDataWriter.Write(Tiny(), Urls);
        byte[] Get(string path) => files.Single(f => f.Path == path).Content;

        var action = Rfc4180.Rows(Get("data/plans/tiny/actions.csv"))[0];
        Assert.Equal(Awkward, action["title_ja"]);
        Assert.Equal(AwkwardEn, action["title_en"]);
        Assert.Equal(Awkward, action["change_reason_ja"]);
        Assert.Equal("011002", action["local_government_code"]);
        Assert.Equal("priority;revised", action["flags"]);
        Assert.Equal("east;city", action["areas"]);
        Assert.Equal("34", action["change_page"]);

        var salon = Rfc4180.Rows(Get("data/plans/tiny/actions.csv"))[1];
        Assert.Equal("", salon["title_en"]);
        Assert.Equal("", salon["section"]);
        Assert.Equal("", salon["flags"]);
        Assert.Equal("", salon["change_page"]);

        var sections = Rfc4180.Rows(Get("data/plans/tiny/sections.csv"));
        Assert.Equal(["g1|goal|", "d1|pillar|g1"], sections.Select(r => $"{r["section_id"]}|{r["level"]}|{r["parent"]}"));
        Assert.Equal(Awkward, sections[0]["title_ja"]);

        var indicators = Rfc4180.Rows(Get("data/plans/tiny/indicators.csv"));
        Assert.Equal(
            ["1||baseline|1000|", "1|2022|target|1150|", "1|2022|actual|24.30|", "1|2024|target|1200|", "2|2019|target||" + Awkward],
            indicators.Select(r => $"{r["measure_number"]}|{r["fiscal_year"]}|{r["kind"]}|{r["value_number"]}|{r["value_text_ja"]}"));
        Assert.All(indicators.Where(r => r["measure_number"] == "1"), r => Assert.Equal(Awkward, r["measure_label_ja"]));
        Assert.Equal("", indicators[0]["fiscal_year_era"]);
        Assert.Equal("令和6年度", indicators[3]["fiscal_year_era"]);

        var evaluations = Rfc4180.Rows(Get("data/plans/tiny/evaluations.csv"));
        Assert.Equal(["2019", "2020"], evaluations.Select(r => r["fiscal_year"]));
        Assert.Equal(Awkward, evaluations[1]["mark_label_ja"]);
        Assert.Equal(AwkwardEn, evaluations[1]["mark_label_en"]);
        Assert.Equal(("", "一部の地区で未実施"), (evaluations[0]["comment_ja"], evaluations[1]["comment_ja"]));

        var areas = Rfc4180.Rows(Get("data/plans/tiny/areas.csv"));
        Assert.Equal(["city|1|0|1", "east|0|0|1"], areas.Select(r => $"{r["area_id"]}|{r["coverage"]}|{r["district_plan"]}|{r["action_count"]}"));
        Assert.Equal("", areas[1]["name_en"]);

        // The raw bytes really quote: the awkward text is written once, inside quotes, with its quotes doubled.
        var raw = Utf8(Get("data/plans/tiny/actions.csv")[3..]);
        Assert.Contains("\"" + Awkward.Replace("\"", "\"\"") + "\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_the_awkward_text_and_writes_numbers_as_numbers()
    {
        var files = OpenDataWriter.Write(Tiny(), Urls);
        using var json = JsonDocument.Parse(files.Single(f => f.Path == "data/plans/tiny/plan.json").Content);
        var root = json.RootElement;
        Assert.Equal(Awkward, root.GetProperty("title").GetProperty("ja").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("actions")[1].GetProperty("title").GetProperty("en").ValueKind);
        Assert.Equal(["priority", "revised"], root.GetProperty("actions")[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        var measure = root.GetProperty("actions")[0].GetProperty("indicators")[0].GetProperty("measures")[0];
        Assert.Equal("1000", measure.GetProperty("baseline").GetRawText());
        Assert.Equal([2022, 2024], measure.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("fiscalYear").GetInt32()));
        Assert.Equal("24.30", measure.GetProperty("actuals")[0].GetProperty("value").GetRawText());
        var text = root.GetProperty("actions")[0].GetProperty("indicators")[0].GetProperty("measures")[1].GetProperty("targets")[0].GetProperty("value");
        Assert.Equal(Awkward, text.GetProperty("ja").GetString());
        Assert.Equal("011002", root.GetProperty("publisher").GetProperty("localGovernmentCode").GetString());
        Assert.Equal("https://example.org/plans/ja/plans/tiny/", root.GetProperty("pages").GetProperty("ja").GetString());
        Assert.Equal("https://example.org/plans/en/plans/tiny/", root.GetProperty("pages").GetProperty("en").GetString());
        Assert.Empty(Schema().Validate(root));
    }

    [Fact]
    public void Json_has_the_plans_metadata_and_page_urls()
    {
        using var json = JsonDocument.Parse(File("data/plans/kashiwa-4th-midterm/plan.json"));
        var root = json.RootElement;
        Assert.Equal("kashiwa-4th-midterm", root.GetProperty("slug").GetString());
        Assert.Equal("第4期柏市地域健康福祉活動計画", root.GetProperty("title").GetProperty("ja").GetString());
        Assert.Equal("kashiwa-shakyo", root.GetProperty("publisher").GetProperty("id").GetString());
        Assert.Equal("122173", root.GetProperty("publisher").GetProperty("localGovernmentCode").GetString());
        Assert.Equal(2019, root.GetProperty("period").GetProperty("start").GetInt32());
        Assert.Equal(2024, root.GetProperty("period").GetProperty("end").GetInt32());
        Assert.Equal("2022-03", root.GetProperty("published").GetString());
        Assert.Equal(Urls.Absolute(Urls.Page(SiteGen.I18n.Language.Ja, "plans/kashiwa-4th-midterm/")), root.GetProperty("pages").GetProperty("ja").GetString());
        Assert.Equal(Urls.Absolute(Urls.Page(SiteGen.I18n.SiteLanguages.Default["en"], "plans/kashiwa-4th-midterm/")), root.GetProperty("pages").GetProperty("en").GetString());
        Assert.Equal(3, root.GetProperty("evaluationScale").GetProperty("marks").GetArrayLength());
        Assert.Equal(Real.Plan("kashiwa-4th-midterm")!.Actions.Count, root.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public void Json_is_utf8_without_bom_with_japanese_unescaped_and_lf_line_ends()
    {
        foreach (var file in Files.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.False(file.Content.AsSpan().StartsWith(Rfc4180.Bom), $"{file.Path} starts with a BOM");
            var text = Utf8(file.Content);
            Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\\u[0-9A-Fa-f]{4}", text);
        }
        Assert.Contains("柏市", Utf8(File("data/plans/kashiwa-4th-midterm/plan.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plan_json_and_every_item_of_plans_json_validates_against_the_schema()
    {
        var schema = Schema();
        foreach (var plan in Real.Plans)
        {
            using var json = JsonDocument.Parse(File($"data/plans/{plan.Slug}/plan.json"));
            var errors = schema.Validate(json.RootElement);
            Assert.True(errors.Count == 0, $"{plan.Slug}: " + string.Join("\n", errors));
        }

        using var all = JsonDocument.Parse(File("data/plans.json"));
        var items = all.RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(Real.Plans.Select(p => p.Slug).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("slug").GetString()));
        foreach (var item in items)
        {
            Assert.Empty(schema.Validate(item));
            // Each item is exactly that plan's plan.json.
            using var single = JsonDocument.Parse(File($"data/plans/{item.GetProperty("slug").GetString()}/plan.json"));
            Assert.True(JsonElement.DeepEquals(single.RootElement, item));
        }
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_rejects_broken_plans()
    {
        using var schemaDocument = JsonDocument.Parse(File("data/schema/plan.schema.json"));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schemaDocument.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("https://example.org/plans/data/schema/plan.schema.json", schemaDocument.RootElement.GetProperty("$id").GetString());

        var schema = Schema();
        var original = Utf8(File("data/plans/kashiwa-4th-midterm/plan.json"));
        string[] broken =
        [
            original.Replace("\"slug\": \"kashiwa-4th-midterm\",", "", StringComparison.Ordinal),
            original.Replace("\"start\": 2019", "\"start\": \"2019\"", StringComparison.Ordinal),
            original.Replace("\"value\": 1150", "\"value\": \"1150\"", StringComparison.Ordinal),
            original.Replace("\"localGovernmentCode\": \"122173\"", "\"localGovernmentCode\": 122173", StringComparison.Ordinal),
            original.Replace("\"flags\": [\n        \"new\"", "\"flags\": [\n        \"brand-new\"", StringComparison.Ordinal),
            original.Replace("\"formatVersion\": 4,", "\"formatVersion\": 4, \"extra\": true,", StringComparison.Ordinal),
            original.Replace("\"formatVersion\": 4,", "\"formatVersion\": 3,", StringComparison.Ordinal),
            original.Replace("\"roles\": [],", "\"roles\": [{\"actorId\": \"x\"}],", StringComparison.Ordinal),
        ];
        foreach (var text in broken)
        {
            Assert.NotEqual(original, text);
            using var json = JsonDocument.Parse(text);
            Assert.NotEmpty(schema.Validate(json.RootElement));
        }
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var first = OpenDataWriter.Write(Real, Urls);
        var second = OpenDataWriter.Write(LoadReal(), new SiteUrls("https://example.org/plans/"));
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        foreach (var (a, b) in first.Zip(second))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs between two runs");

        var tiny1 = OpenDataWriter.Write(Tiny(), Urls);
        var tiny2 = OpenDataWriter.Write(Tiny(), Urls);
        Assert.Equal(tiny1.Select(f => f.Path), tiny2.Select(f => f.Path));
        Assert.All(tiny1.Zip(tiny2), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), p.First.Path));
    }

    [Fact]
    public void Root_relative_base_url_gives_root_relative_page_urls_and_no_schema_id()
    {
        var files = OpenDataWriter.Write(Tiny(), new SiteUrls("/"));
        using var json = JsonDocument.Parse(files.Single(f => f.Path == "data/plans/tiny/plan.json").Content);
        Assert.Equal("/ja/plans/tiny/", json.RootElement.GetProperty("pages").GetProperty("ja").GetString());
        Assert.Equal("/data/schema/plan.schema.json", json.RootElement.GetProperty("$schema").GetString());
        using var schema = JsonDocument.Parse(files.Single(f => f.Path == "data/schema/plan.schema.json").Content);
        Assert.False(schema.RootElement.TryGetProperty("$id", out _));
    }

    [Fact]
    public void Docs_describe_every_file_and_column()
    {
        var docs = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "open-data.md"));
        foreach (var (name, header) in DocumentedHeaders)
        {
            Assert.Contains(name, docs, StringComparison.Ordinal);
            foreach (var column in header.Split(','))
                Assert.Contains($"`{column}`", docs, StringComparison.Ordinal);
        }
        foreach (var name in new[] { "plan.json", "plans.json", "plan.schema.json" })
            Assert.Contains(name, docs, StringComparison.Ordinal);
        Assert.Contains("the publisher's terms apply", docs, StringComparison.Ordinal);
    }

    // JsonSchema.Net registers a schema by its $id for the whole process: made once.
    private static readonly Lazy<JsonSchema> PlanSchema = new(() => JsonSchema.FromText(Utf8(File("data/schema/plan.schema.json"))));

    private static SchemaCheck Schema() => new(PlanSchema.Value);

    private sealed class SchemaCheck(JsonSchema schema)
    {
        public List<string> Validate(JsonElement instance)
        {
            var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
            return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
        }
    }

    /// <summary>Every file has the plan's source next to it when it is a plan's own file (for error reports).</summary>
    [Fact]
    public void Plan_files_name_their_source()
    {
        var planFiles = Files.Where(f => f.Path.StartsWith("data/plans/", StringComparison.Ordinal)).ToList();
        // One JSON and every CSV per plan: a filter that matched nothing would prove nothing.
        Assert.Equal(Real.Plans.Count * (1 + PlanTables.All.Count), planFiles.Count);
        foreach (var file in planFiles)
        {
            var slug = file.Path.Split('/')[2];
            Assert.Equal($"content/plans/{slug}/index.md", file.SourcePath!.Replace('\\', '/')[^$"content/plans/{slug}/index.md".Length..]);
        }
    }
}
