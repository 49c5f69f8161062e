using SiteGen.Content.Yaml;
using SiteGen.Tests.Support;
using Ydn = YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Content;

/// <summary>The front matter's YAML tree: values, positions, nulls, aliases, and the mistakes it rejects.</summary>
public sealed class YamlTreeReaderTests
{
    private static YamlMappingNode Map(string yaml) => Assert.IsType<YamlMappingNode>(YamlTreeReader.Read(yaml));

    private static YamlNode Field(YamlMappingNode map, string name) =>
        map.Children.Single(p => p.Key is YamlScalarNode { Value: var key } && key == name).Value;

    [Fact]
    public void Every_node_knows_its_line_and_column_counted_from_one()
    {
        var map = Map("title: {ja: 計画, en: Plan}\ngoals:\n  - id: g1\n    number: \"1\"\n");

        Assert.Equal((1, 1), (map.Line, map.Column));
        var title = Assert.IsType<YamlMappingNode>(Field(map, "title"));
        Assert.Equal((1, 8), (title.Line, title.Column));
        var en = Assert.IsType<YamlScalarNode>(Field(title, "en"));
        Assert.Equal(("Plan", 1, 21), (en.Value, en.Line, en.Column));
        var goal = Assert.IsType<YamlMappingNode>(Assert.IsType<YamlSequenceNode>(Field(map, "goals")).Children.Single());
        var number = Assert.IsType<YamlScalarNode>(Field(goal, "number"));
        Assert.Equal(("1", 4, 13), (number.Value, number.Line, number.Column));
    }

    [Fact]
    public void Quoted_and_block_values_are_not_plain_and_so_never_numbers_or_null()
    {
        var map = Map("a: 2020\nb: \"2020\"\nc: '~'\nd: |\n  line one\n  line two\ne: >\n  folded\n  text\nf: ~\ng:\nh: null\n");

        Assert.Equal([true, false, false, false, false], "abcde".Select(k => ((YamlScalarNode)Field(map, k.ToString())).IsPlain));
        Assert.Equal("line one\nline two\n", ((YamlScalarNode)Field(map, "d")).Value);
        Assert.Equal("folded text\n", ((YamlScalarNode)Field(map, "e")).Value);
        Assert.Equal([false, false, false, true, true, true], "acefgh".Select(k => ((YamlScalarNode)Field(map, k.ToString())).IsNull));
    }

    [Fact]
    public void An_alias_repeats_the_value_of_its_anchor()
    {
        var map = Map("period: &p {start: 2022, end: 2026}\nreview: *p\n");

        Assert.Same(Field(map, "period"), Field(map, "review"));
    }

    [Theory]
    [InlineData("a: 1\nb: *missing\n", 2, 4, "`*missing` refers to no `&missing` above it")]
    [InlineData("title: x\nsummary: y\ntitle: z\n", 3, 1, "the field `title` is written twice in the same group (first on line 1)")]
    [InlineData("title: {ja: 計画, en: Plan}\n  publisher: org\n", 2, 3, "While parsing a block mapping, did not find expected key.")]
    [InlineData("a: 1\n--- b\n", 2, 1, "a line starting with --- begins a second YAML document")]
    public void A_mistake_is_reported_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Assert.Throws<YamlSyntaxException>(() => YamlTreeReader.Read(yaml));

        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Brackets_nested_without_end_are_an_error_not_a_stack_overflow()
    {
        var error = Assert.Throws<YamlSyntaxException>(() => YamlTreeReader.Read("a: " + new string('[', 100_000) + new string(']', 100_000)));

        Assert.Contains("nesting depth", error.Message);
    }

    [Fact]
    public void Aliases_of_aliases_that_stand_for_billions_of_values_are_an_error_not_a_hang()
    {
        // Each line lists the one before ten times: ten lines stand for 10^10 values.
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

        var error = Assert.Throws<YamlSyntaxException>(() => YamlTreeReader.Read(yaml));

        Assert.Contains("stands for more than 1,000,000 values", error.Message);
        Assert.Equal(6, error.Line); // a5 is the first to pass a million: 10^6 values of x and the lists holding them
    }

    [Fact]
    public void An_alias_counts_the_values_it_repeats()
    {
        // 100 aliases of a 10-value list: about 1,000 values, far under the limit.
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 100)) + "]\n";

        var map = Map(yaml);

        Assert.Equal(100, Assert.IsType<YamlSequenceNode>(Field(map, "b")).Children.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void A_front_matter_without_fields_has_no_root(string yaml) => Assert.Null(YamlTreeReader.Read(yaml));

    /// <summary>
    /// Every front matter of the repository's content, read by this reader and by YamlDotNet (an
    /// independent YAML library): the same tree, value for value, with the same positions.
    /// </summary>
    [Fact]
    public void The_repository_content_reads_exactly_as_another_yaml_library_reads_it()
    {
        var files = Repository.FrontMatters();
        Assert.True(files.Count >= 10, $"only {files.Count} content files with front matter found");

        var nodes = 0;
        foreach (var (path, yaml) in files)
        {
            var other = new Ydn.YamlStream();
            other.Load(new StringReader(yaml));
            nodes += Same(other.Documents[0].RootNode, YamlTreeReader.Read(yaml)!, Path.GetRelativePath(Repository.Root, path));
        }
        Assert.True(nodes > 2_000, $"only {nodes} nodes compared");
    }

    private static int Same(Ydn.YamlNode expected, YamlNode actual, string where)
    {
        var at = $"{where}:{expected.Start.Line}:{expected.Start.Column}";
        Assert.True((expected.Start.Line, expected.Start.Column) == (actual.Line, actual.Column), $"{at}: read at {actual.Line}:{actual.Column}");
        switch (expected)
        {
            case Ydn.YamlScalarNode scalar:
                var mine = Assert.IsType<YamlScalarNode>(actual);
                Assert.True(scalar.Value == mine.Value, $"{at}: `{mine.Value}` instead of `{scalar.Value}`");
                Assert.True((scalar.Style == YamlDotNet.Core.ScalarStyle.Plain) == mine.IsPlain, $"{at}: plain {mine.IsPlain}");
                return 1;
            case Ydn.YamlSequenceNode sequence:
                var list = Assert.IsType<YamlSequenceNode>(actual);
                Assert.True(sequence.Children.Count == list.Children.Count, $"{at}: {list.Children.Count} items instead of {sequence.Children.Count}");
                return 1 + sequence.Children.Zip(list.Children).Sum(p => Same(p.First, p.Second, where));
            case Ydn.YamlMappingNode mapping:
                var map = Assert.IsType<YamlMappingNode>(actual);
                Assert.True(mapping.Children.Count == map.Children.Count, $"{at}: {map.Children.Count} fields instead of {mapping.Children.Count}");
                return 1 + mapping.Children.Zip(map.Children).Sum(p => Same(p.First.Key, p.Second.Key, where) + Same(p.First.Value, p.Second.Value, where));
            default:
                throw new InvalidOperationException($"{at}: {expected.GetType().Name}");
        }
    }
}
