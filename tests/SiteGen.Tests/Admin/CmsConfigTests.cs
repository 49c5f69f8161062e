using System.Text.Json.Nodes;
using SiteGen.Admin;
using SiteGen.Config;
using SiteGen.Content.Yaml;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Schema;
using SiteGen.Tests.Support;
using static SiteGen.Schema.Types;

namespace SiteGen.Tests.Admin;

/// <summary>
/// /admin/config.yml is made from the content declaration: every field of every shape is in it, with the widget its type
/// asks for, and a field declared anywhere reaches it with no other edit. The front-matter format the page registers
/// (sitegen-format.js) is run with node on the seed content: an untouched file is written back byte for byte, and a file
/// written whole from the editor's data binds to the same plan.
/// </summary>
public sealed class CmsConfigTests
{
    private static readonly AdminSettings Settings = new() { Repo = "council/plans" };

    private static JsonObject Config(IReadOnlyList<ContentSchema.Document>? documents = null) =>
        CmsConfig.Config(Settings, "https://council.github.io/plans/", documents ?? ContentSchema.Documents);

    /// <summary>The fields of a folder collection, or of the one file of a file collection (the site glossary).</summary>
    private static JsonArray FieldsOf(JsonObject config, string collection) =>
        config["collections"]!.AsArray()
            .SelectMany(c => c!["files"] is JsonArray files ? files.Select(f => (f!["file"]!.GetValue<string>()["content/".Length..], f)) : [(c["name"]!.GetValue<string>(), c)])
            .Single(c => c.Item1 == collection).Item2!["fields"]!.AsArray();

    private static JsonObject Named(JsonArray fields, string name) => fields.Single(f => (string?)f!["name"] == name)!.AsObject();

    /// <summary>Every field of <paramref name="shape"/> is in <paramref name="fields"/>, in order, and so on into each shape inside.</summary>
    private static void AssertEveryField(Shape shape, JsonArray fields, string path, ISet<string> seen, bool document = false)
    {
        // The document's Markdown body and id and the "unknown" box of a value that may be unknown are the editor's own.
        var names = fields.Select(f => (string)f!["name"]!).Where(n => !(n == "unknown" || document && n is "body" or CmsConfig.IdKey)).ToList();
        Assert.True(shape.Fields.Select(f => f.Key).SequenceEqual(names), $"{path}: {string.Join(", ", names)}");
        seen.Add(shape.Name);
        foreach (var field in shape.Fields)
        {
            var inner = (field.ItemType ?? field.Type).Shape;
            if (inner is null) continue;
            var widget = Named(fields, field.Key);
            Assert.True(widget["fields"] is JsonArray, $"{path}.{field.Key} has no fields");
            AssertEveryField(inner, widget["fields"]!.AsArray(), $"{path}.{field.Key}", seen);
        }
    }

    [Fact]
    public void Every_field_of_every_shape_is_in_the_config()
    {
        var config = Config();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in ContentSchema.Documents)
            AssertEveryField(document.Shape, FieldsOf(config, document.Folder), document.Folder, seen, document: true);
        Assert.Equal(ContentSchema.Shapes.Keys.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal("body", (string?)FieldsOf(config, "plans").Last()!["name"]);
        Assert.DoesNotContain(FieldsOf(config, "organisations"), f => (string?)f!["name"] == "body");
    }

    [Fact]
    public void Vocabularies_become_selects_of_their_words()
    {
        var plan = FieldsOf(Config(), "plans");
        var flags = Named(Named(plan, "actions")["fields"]!.AsArray(), "flags");
        Assert.Equal("select", (string?)flags["widget"]);
        Assert.True((bool)flags["multiple"]!);
        Assert.Equal(Words.Flags.Words, flags["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal("重点 / priority (priority)", (string?)flags["options"]![0]!["label"]);

        var status = Named(plan, "documentStatus");
        Assert.Equal("select", (string?)status["widget"]);
        Assert.Null(status["multiple"]);
        Assert.Equal(Words.Statuses.Words, status["options"]!.AsArray().Select(o => (string)o!["value"]!));

        var layer = Named(FieldsOf(Config(), "areas"), "layer");
        Assert.Equal(Words.Layers.Words, layer["options"]!.AsArray().Select(o => (string)o!["value"]!));
    }

    [Fact]
    public void Texts_year_maps_ids_and_the_period_get_their_widgets()
    {
        var plan = FieldsOf(Config(), "plans");
        var title = Named(plan, "title");
        Assert.Equal("計画の名前 / The plan's name (title)", (string?)title["label"]);
        Assert.Equal(("object", "text"), ((string?)title["widget"], (string?)title["sitegen"]));
        Assert.Equal(["ja", "en"], title["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.True((bool)title["fields"]![0]!["required"]!);

        var summary = Named(plan, "summary");
        Assert.Equal("prose", (string?)summary["sitegen"]);
        Assert.Equal("text", (string?)summary["fields"]![0]!["widget"]);

        var actions = Named(plan, "actions")["fields"]!.AsArray();
        var evaluations = Named(actions, "evaluations");
        Assert.Equal(("list", "byYear"), ((string?)evaluations["widget"], (string?)evaluations["sitegen"]));
        Assert.Equal(["year", "value"], evaluations["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.Equal("int", (string?)evaluations["fields"]![0]!["value_type"]);

        var id = Named(actions, "id");
        Assert.Equal("string", (string?)id["widget"]);
        Assert.Equal("^[a-z0-9][a-z0-9-]{0,79}$", (string?)id["pattern"]![0]);
        Assert.True((bool)id["required"]!);

        var period = Named(plan, "period");
        Assert.Equal(("object", "orUnknown"), ((string?)period["widget"], (string?)period["sitegen"]));
        Assert.Equal(["unknown", "start", "end"], period["fields"]!.AsArray().Select(f => (string)f!["name"]!));

        Assert.Equal("roles", (string?)Named(actions, "roles")["sitegen"]);
        // A field required in an optional object is left to `check`: Decap checks the fields of an empty object too.
        var change = Named(actions, "change");
        Assert.False((bool)change["required"]!);
        Assert.False((bool)Named(change["fields"]!.AsArray(), "summary")["required"]!);
    }

    /// <summary>A shape declared only here, with a field of each kind: it reaches the config with nothing else edited.</summary>
    private sealed record Probe(string Id) : SiteGen.Model.BoundRecord;

    private static readonly Shape<Probe> TestItem = Shape<Probe>.Declare("testItem", new("試験の項目", "Test item"), s =>
    {
        var id = s.Required("id", Id, "a", new("id", "id"));
        s.Optional("note", Prose, new("メモ", "Note"));
        return r => new Probe(r.Get(id));
    });

    private static readonly Shape<Probe> TestShape = Shape<Probe>.Declare("testShape", new("試験", "Test"), s =>
    {
        var id = s.Required("id", Id, "a", new("試験の id", "Test id"));
        s.Optional("colour", Text, new("色。例：赤", "Colour, e.g. red"));
        s.Optional("chart", Word(Words.Charts), new("グラフ", "Chart"));
        s.Optional("counts", ByYear(Int, _ => null), new("年度ごとの数", "Counts by year"));
        s.List("items", TestItem, new("項目のリスト", "List of items"));
        return r => new Probe(r.Get(id));
    });

    [Fact]
    public void A_shape_declared_anywhere_reaches_the_config_with_no_other_edit()
    {
        var document = new ContentSchema.Document("test", TestShape, "test", "tests", false, new("試験", "Tests"), null);
        var config = Config([document]);
        var fields = FieldsOf(config, "tests");

        Assert.Equal([CmsConfig.IdKey, "id", "colour", "chart", "counts", "items"], fields.Select(f => (string)f!["name"]!));
        var colour = Named(fields, "colour");
        Assert.Equal("色 / Colour (colour)", (string?)colour["label"]);
        Assert.Equal("色。例：赤  \nColour, e.g. red", (string?)colour["hint"]);
        Assert.Equal("text", (string?)colour["sitegen"]);
        Assert.Equal(Words.Charts.Words, Named(fields, "chart")["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal("number", (string?)Named(fields, "counts")["fields"]![1]!["widget"]);
        var items = Named(fields, "items");
        Assert.Equal("list", (string?)items["widget"]);
        Assert.Equal("{{fields.id}}", (string?)items["summary"]);
        Assert.Equal("prose", (string?)Named(items["fields"]!.AsArray(), "note")["sitegen"]);
        Assert.Equal("sitegen-test", (string?)config["collections"]![0]!["format"]);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void The_config_is_valid_YAML_that_reads_back_as_the_generated_tree()
    {
        var config = Config();
        var text = CmsConfig.Write(Settings, "https://council.github.io/plans/");
        Assert.StartsWith("# Made by SiteGen", text);
        var tree = YamlTreeReader.Read(text)!;
        Assert.True(JsonNode.DeepEquals(config, ToJson(tree)), "config.yml does not read back as the configuration it was written from");

        // And as the page reads it: the yaml package of the page, run by node.
        var parsed = JsonNode.Parse(Node("""
            const YAML = require('yaml');
            let text = ''; process.stdin.on('data', d => text += d).on('end', () => process.stdout.write(JSON.stringify(YAML.parse(text))));
            """, text))!;
        Assert.True(JsonNode.DeepEquals(config, parsed), "the yaml package reads config.yml differently");
    }

    [Fact]
    public void The_local_backend_and_the_OAuth_proxy_come_from_site_config()
    {
        var settings = new AdminSettings
        {
            Repo = "council/plans", Branch = "gh-pages-src", AuthUrl = "https://oauth.example.workers.dev",
            LocalBackend = System.Text.Json.JsonDocument.Parse("\"http://localhost:8082/api/v1\"").RootElement,
        };
        var config = CmsConfig.Config(settings, "/", ContentSchema.Documents);
        Assert.Equal("github", (string?)config["backend"]!["name"]);
        Assert.Equal("gh-pages-src", (string?)config["backend"]!["branch"]);
        Assert.Equal("https://oauth.example.workers.dev", (string?)config["backend"]!["base_url"]);
        Assert.Equal("http://localhost:8082/api/v1", (string?)config["local_backend"]!["url"]);
        Assert.Equal("ja", (string?)config["locale"]);

        var off = CmsConfig.Config(new AdminSettings { Repo = "a/b", LocalBackend = System.Text.Json.JsonDocument.Parse("false").RootElement }, "/", ContentSchema.Documents);
        Assert.False(off.ContainsKey("local_backend"));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void A_site_without_admin_has_no_admin_folder_and_one_with_it_has_the_page_and_config()
    {
        using var without = TestSite.WithOnePlan();
        Assert.Equal(0, TestCli.Run("build", "--config", without.ConfigPath).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(without.OutputPath, "admin")));

        using var with = TestSite.WithOnePlan();
        var modules = Path.Combine(Repository.Root, "node_modules").Replace("\\", "/", StringComparison.Ordinal);
        with.Write("site.config.json", $$"""
            { "title": { "ja": "テストサイト", "en": "Test site" },
              "admin": { "repo": "council/plans", "decap": "{{modules}}/decap-cms/dist", "yaml": "{{modules}}/yaml/browser/dist" } }
            """);
        var result = TestCli.Run("build", "--config", with.ConfigPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        var admin = Path.Combine(with.OutputPath, "admin");
        foreach (var file in new[] { "index.html", "config.yml", "decap-cms.js", "sitegen-admin.js", "sitegen-format.js", "sitegen-admin.css", "yaml/index.js" })
            Assert.True(File.Exists(Path.Combine(admin, file)), file);
        Assert.Contains("noindex", File.ReadAllText(Path.Combine(admin, "index.html")));
        // Not a page of the site: nothing outside /admin/ links to it or lists it.
        foreach (var file in Directory.GetFiles(with.OutputPath, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(admin, StringComparison.Ordinal)))
            Assert.DoesNotContain("admin/", File.ReadAllText(file));

        with.Write("site.config.json", """{ "title": { "ja": "テスト", "en": "Test" }, "admin": { "repo": "a/b", "decap": "nowhere" } }""");
        var missing = TestCli.Run("build", "--config", with.ConfigPath);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("admin.decap: the admin page is on, but nowhere/decap-cms.js does not exist (hint: run `npm ci`", missing.Stderr);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void An_untouched_file_is_written_back_byte_for_byte_and_an_edit_changes_only_its_lines()
    {
        var output = Node(FormatScript + """
            const results = {};
            for (const c of config.collections.flatMap(c => c.files ?? [c])) {
              const format = createFormat(YAML, c.fields);
              for (const file of files(c)) {
                const text = fs.readFileSync(file, 'utf8');
                const saved = format.toFile(JSON.parse(JSON.stringify(format.fromFile(text))));
                results[path.relative(root, file)] = saved === text;
              }
            }
            const plans = createFormat(YAML, collection('plans').fields);
            const file = path.join(root, 'content/plans/kashiwa-4th-midterm/index.md');
            const data = JSON.parse(JSON.stringify(plans.fromFile(fs.readFileSync(file, 'utf8'))));
            data.actions[0].evaluations.push({ year: 2021, value: '△' });
            data.actions[0].evaluationComments = [{ year: 2021, value: { ja: '一部の地区で未実施', en: '' } }];
            data.revised = '2022-04';
            results.edited = plans.toFile(data);
            process.stdout.write(JSON.stringify(results));
            """, "");
        var results = JsonNode.Parse(output)!.AsObject();
        Assert.True(results.Count >= 26, output); // 4 plans and their English texts, 7 areas and theirs, 3 organisations, the glossary and the edit
        Assert.Contains("content/plans/kashiwa-4th/index.en.md", results.Select(r => r.Key.Replace('\\', '/')));
        foreach (var (file, same) in results.Where(r => r.Key != "edited"))
            Assert.True((bool)same!, $"{file} was rewritten though nothing changed");

        var before = File.ReadAllLines(Path.Combine(Repository.Content, "plans", "kashiwa-4th-midterm", "index.md"));
        var after = ((string)results["edited"]!).Split('\n')[..^1];
        var removed = Without(before, after);
        var added = Without(after, before);
        Assert.Equal(["    evaluations: {2019: ◎, 2020: 〇}"], removed);
        Assert.Equal(["revised: 2022-04", "    evaluations: {2019: ◎, 2020: 〇, 2021: △}", "    evaluationComments:", "      2021: {ja: 一部の地区で未実施}"], added);
        // A new field goes where the declaration puts it: `revised` after `published`.
        Assert.Equal("revised: 2022-04", after[Array.IndexOf(after, "published: 2022-03") + 1]);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void A_plan_written_whole_from_the_editor_data_binds_to_the_same_plan()
    {
        // What the page writes when it has no copy of the file as loaded (a new entry, or Decap's local backup restored
        // without it): the whole front matter from the data. It must bind to the same content as the file it came from.
        using var original = TestSite.Empty();
        using var copy = TestSite.Empty();
        foreach (var file in Directory.GetFiles(Repository.Content, "*", SearchOption.AllDirectories))
            foreach (var site in new[] { original, copy })
                site.Write(Path.Combine("content", Path.GetRelativePath(Repository.Content, file)), File.ReadAllText(file));
        Node(FormatScript + """
            const out = process.argv[process.argv.length - 1];
            for (const c of config.collections.flatMap(c => c.files ?? [c])) {
              const format = createFormat(YAML, c.fields);
              for (const file of files(c)) {
                const data = format.fromFile(fs.readFileSync(file, 'utf8'));
                delete data[SOURCE];
                fs.writeFileSync(path.join(out, path.relative(root, file)), format.toFile(data));
              }
            }
            """, "", copy.Root);
        var rewritten = File.ReadAllText(Path.Combine(copy.Root, "content", "plans", "kashiwa-4th", "index.md"));
        Assert.NotEqual(File.ReadAllText(Path.Combine(Repository.Content, "plans", "kashiwa-4th", "index.md")), rewritten);

        var check = TestCli.Run("check", "--config", copy.ConfigPath);
        Assert.True(check.ExitCode == 0, check.ToString());
        var before = OpenData(original.Root);
        var fromEditor = OpenData(copy.Root);
        Assert.Equal(before.Keys, fromEditor.Keys);
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(fromEditor[path]), $"{path} differs when the content is written from the editor's data: {FirstDifference(bytes, fromEditor[path])}");
    }

    private static JsonObject Collection(JsonObject config, string name) =>
        config["collections"]!.AsArray().Single(c => (string?)c!["name"] == name)!.AsObject();

    [Fact]
    public void A_new_entry_is_named_by_the_id_typed_and_no_entry_can_be_deleted()
    {
        var config = Config();
        var names = config["collections"]!.AsArray().Select(c => (string)c!["name"]!).ToList();
        // Each English text right after its Japanese collection; organisations have no body, the glossary is one file.
        Assert.Equal(["plans", "plans-en", "areas", "areas-en", "organisations", "glossary"], names);
        foreach (var name in names.Where(n => n != "glossary"))
        {
            var collection = Collection(config, name);
            Assert.True((bool)collection["create"]!, name);
            // Deleting is left to a reviewed change in the repository (docs/admin.md).
            Assert.False((bool)collection["delete"]!, name);
            Assert.Equal("{{fields.sitegenId}}", (string?)collection["slug"]);
            var id = collection["fields"]![0]!.AsObject();
            Assert.Equal((CmsConfig.IdKey, "sitegen-id", "fileId"), ((string?)id["name"], (string?)id["widget"], (string?)id["sitegen"]));
            Assert.True((bool)id["required"]!);
            Assert.Equal("^[a-z0-9][a-z0-9-]{0,79}$", (string?)id["pattern"]![0]);
        }
        Assert.Equal("{{slug}}/index", (string?)Collection(config, "plans")["path"]);
        Assert.Null(Collection(config, "areas")["path"]);
        Assert.Contains("content/plans/<id>/index.md", (string?)Collection(config, "plans")["fields"]![0]!["hint"]);
        Assert.Contains("content/areas/<id>.md", (string?)Collection(config, "areas")["fields"]![0]!["hint"]);
        Assert.Null(config["collections"]!.AsArray().Single(c => (string?)c!["name"] == "glossary")!["create"]);
    }

    [Fact]
    public void The_English_texts_are_collections_of_the_en_md_files_beside_the_Japanese_ones()
    {
        var config = Config();
        foreach (var (name, folder, path) in new[] { ("plans-en", "content/plans", "{{slug}}/index"), ("areas-en", "content/areas", null) })
        {
            var english = Collection(config, name);
            Assert.Equal(folder, (string?)english["folder"]);
            Assert.Equal(path, (string?)english["path"]);
            // Decap lists the files whose names end in `.en.md` (index.en.md, kashiwa.en.md), and names the entry by the rest.
            Assert.Equal("en.md", (string?)english["extension"]);
            Assert.Equal("body", (string?)english["filter"]!["value"]);
            Assert.Equal((string?)Collection(config, name[..^3])["format"], (string?)english["format"]);
            Assert.Equal([CmsConfig.IdKey, CmsConfig.FileKindKey, "body"], english["fields"]!.AsArray().Select(f => (string)f!["name"]!));
            var kind = english["fields"]![1]!;
            Assert.Equal(("hidden", "body"), ((string?)kind["widget"], (string?)kind["default"]));
            Assert.Equal("markdown", (string?)english["fields"]![2]!["widget"]);
            Assert.StartsWith("計画の本文（English） / Plans: text in English", (string?)Collection(config, "plans-en")["label"]);
        }
        Assert.Equal("front-matter", (string?)Collection(config, "plans")["filter"]!["value"]);
    }

    [Fact]
    public void A_third_language_has_its_own_text_collections_and_the_English_ones_do_not_list_its_files()
    {
        var vi = new SiteGen.I18n.Language("vi", SiteGen.I18n.Writing.Latin, "vi_VN", "Tiếng Việt");
        JsonObject config;
        using (SiteGen.I18n.Languages.Use(new SiteGen.I18n.SiteLanguages([.. SiteGen.I18n.SiteLanguages.Default.All, vi])))
            config = Config();
        var names = config["collections"]!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["plans", "plans-en", "plans-vi", "areas", "areas-en", "areas-vi", "organisations", "glossary"], names);
        var plans = Collection(config, "plans-vi");
        Assert.Equal(("vi.md", "{{slug}}/index", "body"), ((string?)plans["extension"], (string?)plans["path"], (string?)plans["filter"]!["value"]));
        Assert.StartsWith("計画の本文（Tiếng Việt） / Plans: text in Tiếng Việt", (string?)plans["label"]);
        Assert.Equal("markdown", (string?)plans["fields"]![2]!["widget"]);
        Assert.Equal(("vi.md", null), ((string?)Collection(config, "areas-vi")["extension"], (string?)Collection(config, "areas-vi")["path"]));
        // The texts of the front matter have a box for each language.
        Assert.Equal(["ja", "en", "vi"], Named(FieldsOf(config, "plans"), "title")["fields"]!.AsArray().Select(f => (string)f!["name"]!));

        // Decap lists a folder collection's files by the end of their path ("." + extension: filterByExtension in
        // decap-cms-lib-util): each language's collection sees its own bodies only, and the Japanese one all .md files,
        // of which the format keeps those with front matter.
        string[] files = ["content/plans/kashiwa-4th/index.md", "content/plans/kashiwa-4th/index.en.md", "content/plans/kashiwa-4th/index.vi.md", "content/areas/kashiwa.en.md", "content/areas/kashiwa.vi.md"];
        IEnumerable<string> Listed(string name) => files.Where(f => f.StartsWith((string)Collection(config, name)["folder"]! + "/", StringComparison.Ordinal)
            && f.EndsWith("." + ((string?)Collection(config, name)["extension"] ?? "md"), StringComparison.Ordinal));
        Assert.Equal(["content/plans/kashiwa-4th/index.en.md"], Listed("plans-en"));
        Assert.Equal(["content/plans/kashiwa-4th/index.vi.md"], Listed("plans-vi"));
        Assert.Equal(["content/areas/kashiwa.vi.md"], Listed("areas-vi"));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void A_mark_is_chosen_from_the_plan_scale_and_one_not_in_it_is_refused()
    {
        var actions = Named(FieldsOf(Config(), "plans"), "actions")["fields"]!.AsArray();
        var mark = Named(actions, "evaluations")["fields"]![1]!;
        Assert.Equal("sitegen-mark", (string?)mark["widget"]);
        Assert.True((bool)mark["required"]!);

        // The widget's own rules, as the page runs them, on kashiwa-4th-midterm's scale as the editor holds it.
        var output = JsonNode.Parse(Node(WidgetsScript + """
            const fs = require('fs');
            const YAML = require('yaml');
            const text = fs.readFileSync(process.argv[process.argv.length - 1], 'utf8');
            const scale = YAML.parse(text.split(/^---$/m)[1]).evaluationScale.marks.map(m => ({ symbol: m.symbol, label: m.label }));
            process.stdout.write(JSON.stringify({
              options: markOptions(scale),
              kanji: markProblem('〇', scale),
              lookalike: markProblem('◯', scale),
              empty: markProblem('', scale),
              noScale: markProblem('◎', []),
              id: idOfSlug('kashiwa-4th/index', '{{slug}}/index'),
              area: idOfSlug('kashiwa', undefined),
              slug: slugOfId('kashiwa-5th', '{{slug}}/index'),
            }));
            """, "", Path.Combine(Repository.Content, "plans", "kashiwa-4th-midterm", "index.md")))!;
        Assert.Equal(["◎", "〇", "△"], output["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal("◎　計画以上に実施", (string?)output["options"]![0]!["label"]);
        Assert.Null(output["kanji"]);
        Assert.Null(output["empty"]);
        Assert.Equal("「◯」はこの計画の凡例にありません（◎ 〇 △） / ◯ is not a mark of this plan's scale", (string?)output["lookalike"]);
        Assert.StartsWith("評価の凡例（evaluationScale）がありません", (string?)output["noScale"]);
        Assert.Equal(("kashiwa-4th", "kashiwa", "kashiwa-5th/index"), ((string?)output["id"], (string?)output["area"], (string?)output["slug"]));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void A_new_plan_area_and_English_text_written_by_the_format_pass_check()
    {
        // What the page writes for entries made with 新規作成: the data of the filled-in fields, the id only in the path.
        using var site = TestSite.Empty();
        foreach (var file in Directory.GetFiles(Repository.Content, "*", SearchOption.AllDirectories))
            site.Write(Path.Combine("content", Path.GetRelativePath(Repository.Content, file)), File.ReadAllText(file));
        var written = JsonNode.Parse(Node(FormatScript + """
            const plan = createFormat(YAML, collection('plans').fields);
            const area = createFormat(YAML, collection('areas').fields);
            process.stdout.write(JSON.stringify({
              plan: plan.toFile({
                sitegenId: 'kashiwa-5th', title: { ja: '第5期柏市地域健康福祉活動計画', en: '' }, publisher: 'kashiwa-shakyo',
                period: { unknown: false, start: 2025, end: 2030 }, published: '2025-04', coverage: 'kashiwa-kita', body: '## 計画の趣旨\n',
              }),
              english: plan.toFile({ sitegenId: 'kashiwa-5th', sitegenFile: 'body', body: '## Purpose\n' }),
              area: area.toFile({
                sitegenId: 'kashiwa-kita', name: { ja: '柏北部地区', en: 'Kashiwa-Kita district' }, layer: 'district', parent: 'kashiwa',
                organisation: 'kashiwa-shakyo', body: '',
              }),
            }));
            """, ""))!;
        Assert.Equal("""
            ---
            title: {ja: 第5期柏市地域健康福祉活動計画}
            publisher: kashiwa-shakyo
            period:
              start: 2025
              end: 2030
            published: 2025-04
            coverage: kashiwa-kita
            ---
            ## 計画の趣旨

            """.ReplaceLineEndings("\n"), (string?)written["plan"]);
        Assert.Equal("## Purpose\n", (string?)written["english"]);
        Assert.DoesNotContain(CmsConfig.IdKey, (string?)written["area"]);
        site.Write("content/plans/kashiwa-5th/index.md", (string)written["plan"]!);
        site.Write("content/plans/kashiwa-5th/index.en.md", (string)written["english"]!);
        site.Write("content/areas/kashiwa-kita.md", (string)written["area"]!);

        var check = TestCli.Run("check", "--config", site.ConfigPath);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("Checked 5 plans, 8 areas, 3 organisations: 0 errors", check.Stdout);
    }

    /// <summary>The page's widgets' rules (sitegen-widgets.js), loaded in node without Decap.</summary>
    private static string WidgetsScript => $$"""
        const source = require('fs').readFileSync({{System.Text.Json.JsonSerializer.Serialize(ScriptFile("sitegen-widgets.js"))}}, 'utf8');
        const widgets = { exports: {} };
        new Function('module', source.replace(/^export /gm, '') + '\nmodule.exports = { markOptions, markProblem, idOfSlug, slugOfId };')(widgets);
        const { markOptions, markProblem, idOfSlug, slugOfId } = widgets.exports;

        """;

    /// <summary>The lines of <paramref name="lines"/> that <paramref name="other"/> does not have, counting repeated lines.</summary>
    private static List<string> Without(IEnumerable<string> lines, IEnumerable<string> other)
    {
        var left = other.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (left.TryGetValue(line, out var n) && n > 0) left[line] = n - 1;
            else result.Add(line);
        }
        return result;
    }

    /// <summary>The plans as open data (every field of the bound model, in JSON and CSV): what "the same plan" means here.</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var (a, b) = (System.Text.Encoding.UTF8.GetString(expected).Split('\n'), System.Text.Encoding.UTF8.GetString(actual).Split('\n'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return $"line {i + 1}: `{a[i].Trim()}` became `{b[i].Trim()}`";
        return $"{a.Length} lines became {b.Length}";
    }

    private static Dictionary<string, byte[]> OpenData(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        var config = Path.Combine(output, "site.config.json");
        Directory.CreateDirectory(output);
        File.WriteAllText(config, $$"""{ "title": { "ja": "t", "en": "t" }, "content": "{{Path.Combine(root, "content").Replace("\\", "/", StringComparison.Ordinal)}}" }""");
        var result = TestCli.Run("build", "--config", config, "--output", Path.Combine(output, "_site"), "--as-of", "2025-01-01");
        Assert.True(result.ExitCode == 0, result.ToString());
        var data = Path.Combine(output, "_site", "data");
        return Directory.GetFiles(data, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(data, f), File.ReadAllBytes);
    }

    /// <summary>The page's format and the generated config, loaded in node as the page loads them.</summary>
    private static string FormatScript => $$"""
        const fs = require('fs'), path = require('path');
        const YAML = require('yaml');
        const root = {{System.Text.Json.JsonSerializer.Serialize(Repository.Root)}};
        const source = fs.readFileSync({{System.Text.Json.JsonSerializer.Serialize(FormatFile())}}, 'utf8');
        const module = { exports: {} };
        new Function('module', source.replace(/^export /gm, '') + '\nmodule.exports = { createFormat, SOURCE };')(module);
        const { createFormat, SOURCE } = module.exports;
        const config = YAML.parse(fs.readFileSync({{System.Text.Json.JsonSerializer.Serialize(ConfigFile())}}, 'utf8'));
        const files = c => {
          if (c.file) return [path.join(root, c.file)];
          const dir = path.join(root, c.folder);
          // As Decap lists a folder: the files whose names end in the collection's extension; the format marks bodies.
          const extension = '.' + (c.extension ?? 'md'), body = c.filter?.value === 'body';
          const all = c.path?.includes('/') ? fs.readdirSync(dir).map(d => path.join(dir, d, 'index' + extension)) : fs.readdirSync(dir).map(f => path.join(dir, f));
          return all.filter(f => fs.existsSync(f) && f.endsWith(extension) && (body || !f.endsWith('.en.md')));
        };
        const collection = name => config.collections.find(c => c.name === name);

        """;

    private static string FormatFile() => ScriptFile("sitegen-format.js");

    /// <summary>One of the page's scripts as the program embeds it, in a file node can read.</summary>
    private static string ScriptFile(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), "sitegen-tests", Path.GetFileNameWithoutExtension(name) + "-" + Guid.NewGuid().ToString("N") + ".js");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, AdminFiles.Resource(name));
        return file;
    }

    private static string ConfigFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "sitegen-tests", "config-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(file, CmsConfig.Write(Settings, "/"));
        return file;
    }

    private static string Node(string script, string input, params string[] args) => NodeScript.Run("yaml", script, input, args);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { IsPlain: true, Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { IsPlain: true, Value: "false" } => JsonValue.Create(false),
        YamlScalarNode { IsPlain: true, Value: var v } when int.TryParse(v, out var i) => JsonValue.Create(i),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
