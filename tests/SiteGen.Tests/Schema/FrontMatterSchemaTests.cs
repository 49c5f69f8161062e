using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SiteGen.Scaffold;
using YamlDotNet.Serialization;

namespace SiteGen.Tests.Schema;

/// <summary>
/// The JSON Schemas in schema/ are what editors use to complete and check fields while staff type.
/// They must accept every real content file and the scaffolds, and reject what the generator rejects.
/// </summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "site.config.json"))) directory = directory.Parent;
        return directory!.FullName;
    }

    // JsonSchema.Net registers schemas by $id globally: load each file once per test run.
    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { "plan.schema.json", "area.schema.json", "organisation.schema.json" }
        .ToDictionary(name => name, name => JsonSchema.FromFile(Path.Combine(Root, "schema", name)));

    private static JsonSchema Schema(string name) => Schemas[name];

    /// <summary>The front matter of a content file as JSON, with YAML's plain scalars typed the way YAML 1.2 core types them.</summary>
    private static JsonNode FrontMatter(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n");
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var yaml = text[4..end];
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(yaml);
        return JsonSerializer.SerializeToNode(Normalise(data))!;
    }

    private static object? Normalise(object? value) => value switch
    {
        IDictionary<object, object?> map => map.ToDictionary(p => Convert.ToString(p.Key, System.Globalization.CultureInfo.InvariantCulture)!, p => Normalise(p.Value)),
        IList<object?> list => list.Select(Normalise).ToList(),
        _ => value,
    };

    private static void AssertValid(JsonSchema schema, JsonNode instance, string what)
    {
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{what} does not match its schema:\n" + string.Join("\n", errors));
    }

    public static TheoryData<string> PlanFiles() => new(Directory.GetFiles(Path.Combine(FindRoot(), "content", "plans"), "index.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(FindRoot(), f)));

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void Every_plan_matches_the_plan_schema(string file) =>
        AssertValid(Schema("plan.schema.json"), FrontMatter(File.ReadAllText(Path.Combine(Root, file))), file);

    [Fact]
    public void Every_area_and_organisation_matches_its_schema()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "content", "areas"), "*.md").Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal)))
            AssertValid(Schema("area.schema.json"), FrontMatter(File.ReadAllText(file)), file);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "content", "organisations"), "*.md"))
            AssertValid(Schema("organisation.schema.json"), FrontMatter(File.ReadAllText(file)), file);
    }

    [Fact]
    public void Scaffolds_match_their_schemas()
    {
        AssertValid(Schema("plan.schema.json"), FrontMatter(PlanScaffold.IndexMd("new-plan", "kashiwa-shakyo", "kashiwa", 2026)), "the plan scaffold");
        AssertValid(Schema("area.schema.json"), FrontMatter(PlanScaffold.AreaMd("district", "kashiwa-shakyo", "kashiwa")), "the area scaffold");
    }

    [Fact]
    public void Schema_rejects_a_typo_and_an_unknown_flag()
    {
        var plan = FrontMatter(PlanScaffold.IndexMd("new-plan", "kashiwa-shakyo", "kashiwa", 2026)).AsObject();
        plan["titel"] = "x";
        Assert.False(Schema("plan.schema.json").Evaluate(JsonSerializer.SerializeToElement(plan)).IsValid);

        var flagged = FrontMatter(PlanScaffold.IndexMd("new-plan", "kashiwa-shakyo", "kashiwa", 2026)).AsObject();
        flagged["actions"]![0]!["flags"] = new JsonArray("priorty");
        Assert.False(Schema("plan.schema.json").Evaluate(JsonSerializer.SerializeToElement(flagged)).IsValid);
    }

    [Fact]
    public void Scaffolds_reference_the_schema_for_editors()
    {
        Assert.Contains("$schema=../../../schema/plan.schema.json", PlanScaffold.IndexMd("x", "p", "a", 2026));
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Root, "content", "plans", "x", "../../../schema/plan.schema.json"))));
    }
}
