using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Schema;
using SiteGen.Tests.Support;
using static SiteGen.Schema.Types;

namespace SiteGen.Tests.Schema;

/// <summary>
/// The content is declared once (Model/Binding/*Shapes.cs); binding, the editor schemas, the docs' field
/// tables and translation coverage are made from that declaration. These tests hold each to it.
/// </summary>
public sealed class DeclarationTests
{
    [Fact]
    public void The_committed_editor_schemas_are_what_the_declaration_writes()
    {
        foreach (var document in ContentSchema.Documents)
        {
            var committed = File.ReadAllText(Path.Combine(Repository.Root, "schema", document.SchemaFile));
            Assert.True(committed == document.SchemaText(),
                $"schema/{document.SchemaFile} differs from the declaration: run `dotnet run --project src/SiteGen -- schema` and commit the result");
        }
    }

    [Fact]
    public void The_field_tables_of_the_authoring_guide_are_what_the_declaration_writes()
    {
        var path = Path.Combine(Repository.Root, "docs", "authoring.md");
        var committed = File.ReadAllText(path);
        var unknown = new List<string>();
        var written = FieldReference.Update(committed, ContentSchema.Shapes, unknown);
        Assert.Empty(unknown);
        Assert.True(committed == written,
            "the field tables of docs/authoring.md differ from the declaration: run `dotnet run --project src/SiteGen -- schema` and commit the result");
        foreach (var name in ContentSchema.Shapes.Keys)
        {
            Assert.Contains($"<!-- fields: {name} ja -->", committed);
            Assert.Contains($"<!-- fields: {name} en -->", committed);
        }
    }

    [Fact]
    public void The_schema_command_writes_the_committed_files()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-schema-").FullName;
        var docs = Path.Combine(folder, "guide.md");
        File.WriteAllText(docs, "# Guide\n<!-- fields: indicator en -->\nold table\n<!-- /fields -->\nafter\n");

        var result = TestCli.Run("schema", "--output", folder, "--docs", docs);

        Assert.Equal(0, result.ExitCode);
        foreach (var document in ContentSchema.Documents)
            Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "schema", document.SchemaFile)), File.ReadAllText(Path.Combine(folder, document.SchemaFile)));
        var guide = File.ReadAllText(docs);
        Assert.DoesNotContain("old table", guide);
        Assert.Contains("| `measures` | required (at least one) | list (see “Measure of an indicator” below) |", guide);
        Assert.EndsWith("<!-- /fields -->\nafter\n", guide);
    }

    [Fact]
    public void A_docs_block_naming_no_shape_is_an_error_and_leaves_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-schema-").FullName;
        var docs = Path.Combine(folder, "guide.md");
        const string text = "<!-- fields: indicatr ja -->\n<!-- /fields -->\n";
        File.WriteAllText(docs, text);

        var result = TestCli.Run("schema", "--output", folder, "--docs", docs);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("`<!-- fields: indicatr … -->` names no shape", result.Stderr);
        Assert.Equal(text, File.ReadAllText(docs));
    }

    /// <summary>A shape declared only here, as an action with one more optional field would be.</summary>
    private sealed record Programme(string Id, LocalizedText Name, LocalizedText? Timing) : BoundRecord;

    private static readonly Shape<Programme> TestProgramme = Shape<Programme>.Declare("testProgramme", new("事業", "Programme"), s =>
    {
        var id = s.Required("id", Id, "salon", new("id", "id"));
        var name = s.Required("name", Text, "{ja: サロン, en: salon}", new("事業名", "Name of the programme"));
        var timing = s.Optional("timing", Text, new("実施時期", "When it runs"));
        return r => new Programme(r.Get(id), r.Get(name), r.Get(timing));
    });

    private static (Programme? Value, BindContext Context, DiagnosticBag Diagnostics) Bind(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var context = new BindContext(new YamlContext("content/test.md", diagnostics));
        var node = YamlTreeReader.Read(yaml)!;
        return (TestProgramme.Read(node, "programmes[1]", context), context, diagnostics);
    }

    [Fact]
    public void A_field_declared_once_is_bound_counted_for_translation_and_written_to_the_schema_and_the_docs()
    {
        var (programme, context, diagnostics) = Bind("id: salon\nname: {ja: ふれあいサロン, en: community salon}\ntiming: {ja: 未定}\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("未定", programme!.Timing!.Ja);
        // Coverage counts what the binder read: the untranslated timing is among the texts, and not translated.
        Assert.Equal(2, context.Texts.Count);
        Assert.Single(context.Texts, t => !t.IsTranslated(SiteGen.I18n.SiteLanguages.Default["en"]));

        var schema = JsonNode.Parse(JsonSchemaBuilder.Document(TestProgramme, "https://example.invalid/p.json", "test"))!;
        Assert.Equal("実施時期 / When it runs", (string?)schema["properties"]!["timing"]!["description"]);
        Assert.Equal("#/$defs/text", (string?)schema["properties"]!["timing"]!["$ref"]);
        Assert.Equal(["id", "name"], schema["required"]!.AsArray().Select(n => (string)n!));

        Assert.Contains("| `timing` |  | 文章（`{ja: …, en: …}`） | 実施時期 |", FieldReference.Table(TestProgramme, japanese: true));
        Assert.Contains("| `timing` |  | text (`{ja: …, en: …}`) | When it runs |", FieldReference.Table(TestProgramme, japanese: false));
    }

    [Fact]
    public void A_field_declared_once_reaches_the_open_data_json_its_schema_and_the_csv_columns()
    {
        var (programme, _, diagnostics) = Bind("id: salon\nname: {ja: ふれあいサロン, en: community salon}\ntiming: {ja: 未定}\n");
        Assert.Empty(diagnostics.Sorted());

        // plan.json writes every shape through its type's open form: the declared field is there, untranslated English as null.
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            TestProgramme.Type.WriteOpen(writer, programme);
        var json = JsonNode.Parse(buffer.ToArray())!;
        Assert.Equal("未定", (string?)json["timing"]!["ja"]);
        Assert.Null(json["timing"]!["en"]);
        Assert.Equal("salon", (string?)json["id"]);

        // The open-data schema requires it, and allows null because it is optional.
        var schema = new JsonSchemaBuilder().OpenObject(TestProgramme);
        Assert.Contains("timing", schema["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("null", (string?)schema["properties"]!["timing"]!["anyOf"]![1]!["type"]);

        // The CSV tables make a column per language of it, after the fields before it.
        Assert.Equal(["id", "name_ja", "name_en", "timing_ja", "timing_en"], TestProgramme.OpenColumnNames());
        var cells = new List<string?>();
        TestProgramme.OpenCells(programme, cells);
        Assert.Equal(["salon", "ふれあいサロン", "community salon", "未定", null], cells);
    }

    [Fact]
    public void A_bound_record_compares_by_its_fields_alone_and_a_copy_keeps_the_values_it_was_read_with()
    {
        var (programme, _, _) = Bind("id: salon\nname: {ja: ふれあいサロン, en: community salon}\ntiming: {ja: 未定}\n");
        var (again, _, _) = Bind("id: salon\nname: {ja: ふれあいサロン, en: community salon}\ntiming: {ja: 未定}\n");
        var made = new Programme("salon", programme!.Name, programme.Timing);

        // The values read are not part of equality: the same fields are equal however the record was made.
        Assert.Equal(programme, again);
        Assert.Equal(programme, made);
        Assert.Equal(programme.GetHashCode(), made.GetHashCode());
        Assert.NotEqual(programme, programme with { Id = "cafe" });
        Assert.DoesNotContain("Bound", programme.ToString());

        // A copy (`with`) writes the open data it was read with; a record never read has none to write.
        var cells = new List<string?>();
        TestProgramme.OpenCells(programme with { Timing = null }, cells);
        Assert.Equal(["salon", "ふれあいサロン", "community salon", "未定", null], cells);
        var error = Assert.Throws<InvalidOperationException>(() => TestProgramme.OpenCells(made, []));
        Assert.Contains("was not read through its declaration", error.Message);
    }

    [Fact]
    public void The_committed_open_data_schema_and_the_column_tables_are_what_the_declaration_writes()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "schema", SiteGen.OpenData.PlanSchema.FileName));
        Assert.True(committed == SiteGen.OpenData.PlanSchema.Text(SiteGen.OpenData.PlanSchema.CommittedId),
            $"schema/{SiteGen.OpenData.PlanSchema.FileName} differs from the declaration: run `dotnet run --project src/SiteGen -- schema` and commit the result");
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "open-data.md"));
        var unknown = new List<string>();
        Assert.True(docs == SiteGen.OpenData.ColumnReference.Update(docs, unknown),
            "the column tables of docs/open-data.md differ from the declaration: run `dotnet run --project src/SiteGen -- schema` and commit the result");
        Assert.Empty(unknown);
        foreach (var table in SiteGen.OpenData.PlanTables.All) Assert.Contains($"<!-- columns: {table.FileName} -->", docs);
    }

    [Fact]
    public void A_declared_shape_reports_a_misspelt_and_a_missing_field_at_their_lines()
    {
        var (programme, _, diagnostics) = Bind("id: salon\ntimeing: {ja: 未定}\n");

        Assert.Null(programme);
        var problems = diagnostics.Sorted().Select(d => $"{d.Location.Line}:{d.Location.Column}: {d.Field}: {d.Message} ({d.Hint})").ToList();
        Assert.Equal(
        [
            "1:1: programmes[1].name: this required field is missing (add `name: {ja: サロン, en: salon}`)",
            "2:1: programmes[1].timeing: unknown field `timeing` (did you mean `timing`?)",
        ], problems);
    }

    [Fact]
    public void Every_vocabulary_names_every_value_and_the_pages_label_each_one_differently()
    {
        Assert.NotEmpty(Words.All);
        foreach (var language in Languages.All)
        {
            var ui = UiStrings.LoadAll()[language];
            var flags = Enum.GetValues<ActionFlags>().Where(f => f != ActionFlags.None).ToList();
            Assert.Equal(flags.Count, flags.Select(ui.Flag).Distinct().Count());
            Assert.Equal(flags.Count, flags.Select(ui.FlagDefinition).Distinct().Count());
            Assert.All(flags, f => Assert.Equal(f, Words.Flags.TryParse(Words.Of(f), out var back) ? back : ActionFlags.None));
            var layers = Enum.GetValues<AreaLayer>();
            Assert.Equal(layers.Length, layers.Select(l => ui.Layer(l)).Distinct().Count());
            Assert.Equal(layers.Length, layers.Select(l => ui.Layer(l, 2)).Distinct().Count());
            Assert.All(layers, l => Assert.True(Words.Layers.Contains(Words.Of(l))));
            Assert.All(Enum.GetValues<ChartKind>(), c => Assert.True(Words.Charts.Contains(Words.Of(c))));
            Assert.All(Enum.GetValues<NoteKind>(), k => Assert.True(Words.NoteKinds.Contains(Words.Of(k))));
        }
    }

    private enum Colour { Red, Green, Blue }

    [Fact]
    public void A_vocabulary_that_leaves_a_value_out_fails_when_it_is_made()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new Vocabulary<Colour>("colour", new("色", "colour"), [("red", Colour.Red, new("赤", "red")), ("green", Colour.Green, new("緑", "green"))]));
        Assert.Contains("Colour.Blue has no word", error.Message);
    }

    [Fact]
    public void A_label_for_a_value_the_pages_do_not_know_fails_instead_of_printing_another_label()
    {
        var ui = UiStrings.LoadAll()[Language.Ja];
        Assert.Throws<ArgumentOutOfRangeException>(() => ui.Flag(ActionFlags.Priority | ActionFlags.New));
        Assert.Throws<ArgumentOutOfRangeException>(() => ui.Layer((AreaLayer)99));
    }
}
