using System.Text;
using SiteGen.Content.Yaml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// The YAML tree cache (<see cref="YamlTreeCache"/>) hands back a front matter's tree only for exactly
/// the text (and first line) it was parsed from, node for node as the parser made it (values, plain or
/// quoted, positions, shared alias nodes); it never keeps YAML that does not parse, nor front matters
/// read directly (<see cref="PlainYamlReader"/>).
/// </summary>
public sealed class YamlTreeCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string CacheFolder => _temp.Sub("cache");
    private string ContentFolder => _temp.Sub("content");

    /// <summary>Every kind of node: plain and quoted scalars, block text, nulls, nesting, an anchor and its aliases.</summary>
    private const string Crafted = """
        title: {ja: "第7期 計画", en: 'Plan (7th)'}
        period: {start: 2024, end: 2029}
        empty:
        tilde: ~
        note: |
          一行目
          二行目
        shared: &who {ja: 市民, en: residents}
        goals:
          - id: g1
            for: *who
            items: [1, "2", three]
          - id: g2
            for: *who
            nested: [[a, b], {c: d}]
        outer: &outer {inner: &inner [1, 2], more: *inner}
        again: *outer
        inner-again: *inner
        """;

    public void Dispose() => _temp.Dispose();

    /// <summary>A tree written out node by node, with positions, plainness, and which nodes are shared.</summary>
    private static string Describe(YamlNode? root)
    {
        var text = new StringBuilder();
        var seen = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        void Walk(YamlNode node, int depth)
        {
            var indent = new string(' ', depth * 2);
            if (seen.TryGetValue(node, out var first)) { text.Append(indent).Append("shared #").Append(first).Append('\n'); return; }
            seen[node] = seen.Count;
            text.Append(indent).Append($"#{seen[node]} {node.GetType().Name} @{node.Line}:{node.Column}");
            switch (node)
            {
                case YamlScalarNode scalar:
                    text.Append($" {(scalar.IsPlain ? "plain" : "quoted")} «{scalar.Value}»\n");
                    break;
                case YamlMappingNode map:
                    text.Append('\n');
                    foreach (var (key, value) in map.Children) { Walk(key, depth + 1); Walk(value, depth + 2); }
                    break;
                case YamlSequenceNode list:
                    text.Append('\n');
                    foreach (var item in list.Children) Walk(item, depth + 1);
                    break;
            }
        }
        if (root is null) return "(no document)";
        Walk(root, 0);
        return text.ToString();
    }

    [Fact]
    public void A_front_matter_only_the_parser_reads_gets_back_its_tree_without_being_parsed_and_a_plain_one_is_never_kept()
    {
        var texts = new List<(string Name, string Yaml, int FirstLine)>
        {
            ("crafted.md", Crafted, 2), ("comments-only.md", "# nothing but a comment\n", 2), ("empty.md", "", 2),
        };
        texts.AddRange(Repository.FrontMatters().Select(f => (Path.GetRelativePath(Repository.Root, f.Path), f.Yaml, 2)));
        var plain = texts.Count(t => PlainYamlReader.TryRead(t.Yaml, t.FirstLine, out _));
        var parsed = texts.Count - plain;
        Assert.False(PlainYamlReader.TryRead(Crafted, 2, out _), "the crafted front matter (anchors, aliases) needs the parser");
        Assert.True(plain > 10, $"only {plain} front matters in the plain shape");

        using (var first = YamlTreeCache.Open(CacheFolder, ContentFolder))
        {
            foreach (var (name, yaml, line) in texts) Assert.Equal(Describe(YamlTreeReader.Read(yaml, line)), Describe(first.Read(name, yaml, line)));
            Assert.Equal((0, parsed, plain), (first.Reused, first.Parsed, first.ReadDirectly));
            first.Save();
        }

        using var second = YamlTreeCache.Open(CacheFolder, ContentFolder);
        foreach (var (name, yaml, line) in texts) Assert.Equal(Describe(YamlTreeReader.Read(yaml, line)), Describe(second.Read(name, yaml, line)));
        Assert.Equal((parsed, 0, plain), (second.Reused, second.Parsed, second.ReadDirectly));
    }

    [Fact]
    public void An_alias_read_back_from_the_cache_is_still_the_very_node_of_its_anchor()
    {
        using (var first = YamlTreeCache.Open(CacheFolder, ContentFolder))
        {
            first.Read("crafted.md", Crafted, 2);
            first.Save();
        }
        using var second = YamlTreeCache.Open(CacheFolder, ContentFolder);
        var root = Assert.IsType<YamlMappingNode>(second.Read("crafted.md", Crafted, 2));
        Assert.Equal(1, second.Reused);
        var goals = Assert.IsType<YamlSequenceNode>(root.ValueOf("goals")).Children.Cast<YamlMappingNode>().ToList();
        Assert.Same(root.ValueOf("shared"), goals[0].ValueOf("for"));
        Assert.Same(goals[0].ValueOf("for"), goals[1].ValueOf("for"));
        // An anchor inside an anchored node: both stay shared, inside and outside it.
        var outer = Assert.IsType<YamlMappingNode>(root.ValueOf("outer"));
        Assert.Same(outer, root.ValueOf("again"));
        Assert.Same(outer.ValueOf("inner"), outer.ValueOf("more"));
        Assert.Same(outer.ValueOf("inner"), root.ValueOf("inner-again"));
    }

    [Fact]
    public void Changed_text_or_a_front_matter_moved_to_another_line_is_parsed_again()
    {
        using (var first = YamlTreeCache.Open(CacheFolder, ContentFolder))
        {
            first.Read("crafted.md", Crafted, 2);
            first.Save();
        }
        var changed = Crafted.Replace("第7期", "第8期", StringComparison.Ordinal);
        using var second = YamlTreeCache.Open(CacheFolder, ContentFolder);

        Assert.Equal(Describe(YamlTreeReader.Read(changed, 2)), Describe(second.Read("crafted.md", changed, 2)));
        Assert.Equal(Describe(YamlTreeReader.Read(Crafted, 5)), Describe(second.Read("crafted.md", Crafted, 5)));
        Assert.Equal((0, 2), (second.Reused, second.Parsed));
    }

    [Fact]
    public void YAML_that_does_not_parse_is_reported_at_every_read_and_never_kept()
    {
        const string broken = "title: {ja: 計画\nperiod: 2024\n";
        var expected = Assert.Throws<YamlSyntaxException>(() => YamlTreeReader.Read(broken, 2));
        for (var run = 0; run < 2; run++)
        {
            using var cache = YamlTreeCache.Open(CacheFolder, ContentFolder);
            var thrown = Assert.Throws<YamlSyntaxException>(() => cache.Read("broken.md", broken, 2));
            Assert.Equal((expected.Line, expected.Column, expected.Message), (thrown.Line, thrown.Column, thrown.Message));
            Assert.Equal(0, cache.Reused);
            cache.Save();
        }
    }

    [Fact]
    public void A_damaged_cache_file_is_as_if_there_were_none()
    {
        using (var first = YamlTreeCache.Open(CacheFolder, ContentFolder))
        {
            first.Read("crafted.md", Crafted, 2);
            first.Save();
        }
        var file = YamlTreeCache.FileFor(CacheFolder, ContentFolder);
        var bytes = File.ReadAllBytes(file);
        bytes[40] ^= 0x04; // inside the one entry, after the 24-byte header
        File.WriteAllBytes(file, bytes);

        using var second = YamlTreeCache.Open(CacheFolder, ContentFolder);
        Assert.Equal(Describe(YamlTreeReader.Read(Crafted, 2)), Describe(second.Read("crafted.md", Crafted, 2)));
        Assert.Equal((0, 1), (second.Reused, second.Parsed));
    }

    [Fact]
    public void Content_mistakes_are_reported_the_same_by_a_check_that_reads_the_trees_from_the_cache()
    {
        // An anchor on the title: only front matters the full parser reads are kept.
        static string NeedingTheParser(string plan) => plan.Replace("ja: 試験計画", "ja: &t 試験計画", StringComparison.Ordinal);
        using var site = TestSite.Minimal();
        site.Plan("p", NeedingTheParser(BadInputs.PlanWith("actions:", "  - id: a1", "    number: \"1\"", "    title: {ja: 見守り, en: Watching}", "    flags: [priorty]")));
        site.Plan("q", NeedingTheParser(Samples.PlanHeader + "---\n本文です。\n"));

        var first = site.Check();
        var second = site.Check();

        Assert.True(File.Exists(YamlTreeCache.FileFor(TestCache.Folder, Path.Combine(site.Root, "content"))));
        Assert.NotEmpty(first.Errors);
        Assert.Contains(first.Errors, e => e.Contains("priorty", StringComparison.Ordinal));
        Assert.Equal(first.ToString(), second.ToString());

        // Fixed, p alone is parsed again: every other front matter comes from the cache.
        site.Plan("p", NeedingTheParser(Samples.PlanHeader + "---\n本文です。\n"));
        var built = site.Build(null, "--timings");
        Assert.True(built.ExitCode == 0, built.ToString());
        var counts = System.Text.RegularExpressions.Regex.Match(built.Stdout, @"yaml (\d+)/(\d+)");
        Assert.True(counts.Success, built.Stdout);
        Assert.True(int.Parse(counts.Groups[2].Value) >= 2, built.Stdout);
        Assert.Equal(int.Parse(counts.Groups[2].Value) - 1, int.Parse(counts.Groups[1].Value));
    }
}
