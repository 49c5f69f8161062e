using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Support;

/// <summary>
/// The repository's content read straight from its YAML front matter, independently of the generator,
/// so completeness tests compare the site against the source, not against the generator's own model.
/// </summary>
public sealed class SeedContent
{
    public required IReadOnlyList<SeedPlan> Plans { get; init; }
    public required IReadOnlyList<SeedDocument> Organisations { get; init; }
    public required IReadOnlyList<SeedDocument> Areas { get; init; }

    public static SeedContent Load(string contentFolder)
    {
        static IReadOnlyList<SeedDocument> Documents(string folder) =>
            Directory.GetFiles(folder, "*.md")
                .Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => SeedDocument.Read(Path.GetFileNameWithoutExtension(f), f))
                .ToList();

        var plans = Directory.GetDirectories(Path.Combine(contentFolder, "plans"))
            .Order(StringComparer.Ordinal)
            .Select(folder =>
            {
                var doc = SeedDocument.Read(Path.GetFileName(folder), Path.Combine(folder, "index.md"));
                var english = Path.Combine(folder, "index.en.md");
                var slug = doc.Data.Str("slug") ?? doc.Id;
                return new SeedPlan(slug, doc.Data, doc.Body, File.Exists(english) ? File.ReadAllText(english) : null);
            })
            .ToList();

        return new SeedContent
        {
            Plans = plans,
            Organisations = Documents(Path.Combine(contentFolder, "organisations")),
            Areas = Documents(Path.Combine(contentFolder, "areas")),
        };
    }
}

public sealed record SeedDocument(string Id, YamlMappingNode Data, string Body)
{
    public static SeedDocument Read(string id, string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.StartsWith("---\n", text);
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(close > 0, $"{path} has no closing front matter fence");
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..close]));
        return new SeedDocument(id, (YamlMappingNode)stream.Documents[0].RootNode, text[(close + 5)..]);
    }
}

public sealed record SeedPlan(string Slug, YamlMappingNode Data, string BodyJa, string? BodyEn)
{
    public IReadOnlyList<YamlMappingNode> Actions => Data.Items("actions");

    /// <summary>The sections of the plan's first level, as written: what the page lists first and what can be embedded one by one.</summary>
    public IReadOnlyList<YamlMappingNode> TopSections =>
        Data.Items("sections").Where(s => s.Get("parent") is null && (s.Str("level") ?? Data.Items("levels")[0].Str("id")) == Data.Items("levels")[0].Str("id")).ToList();
    public IReadOnlyList<YamlMappingNode> Glossary => Data.Items("glossary");
    public IReadOnlyList<YamlMappingNode> Tables => Data.Items("tables");
    public IReadOnlyList<YamlMappingNode> DistrictPlans => Data.Items("districtPlans");
    public IReadOnlyList<YamlMappingNode> Marks => Data.Get("evaluationScale") is YamlMappingNode s ? s.Items("marks") : [];
    public string Page(string language) => $"{language}/plans/{Slug}/index.html";
}

public static class YamlAccess
{
    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Str(this YamlMappingNode map, string key) => (map.Get(key) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlMappingNode> Items(this YamlMappingNode map, string key) =>
        map.Get(key) is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>().ToList() : [];

    public static IReadOnlyList<string> Strings(this YamlMappingNode map, string key) =>
        map.Get(key) is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList() : [];

    /// <summary>A text field in one language: `{ja: …, en: …}`, or a plain text (Japanese only).</summary>
    public static string? Text(this YamlMappingNode map, string key, string language) => map.Get(key).Text(language);

    public static string? Text(this YamlNode? node, string language) => node switch
    {
        YamlScalarNode s => language == "ja" ? s.Value : null,
        YamlMappingNode m => m.Str(language),
        _ => null,
    };

    /// <summary>A mapping of year → value, e.g. `{2019: ◎, 2020: 〇}`.</summary>
    public static IReadOnlyList<(int Year, YamlNode Value)> ByYear(this YamlMappingNode map, string key) =>
        map.Get(key) is YamlMappingNode m
            ? m.Children.Select(p => (int.Parse(((YamlScalarNode)p.Key).Value!, System.Globalization.CultureInfo.InvariantCulture), p.Value)).ToList()
            : [];
}
