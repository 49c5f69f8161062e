using SiteGen.Content.Yaml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// The direct reader of plain front matters against SharpYaml's parser: where it reads a text at all, the same
/// tree, value for value, with the same positions; where SharpYaml finds a mistake, it declines.
/// </summary>
public sealed class PlainYamlReaderTests
{
    // The shapes a plan is written in (docs/authoring.md), the benchmark corpus's among them.
    private const string Plan = """
        title: {ja: "第5期 松本市計画", en: "Plan (Phase 5)"}
        publisher: matsumoto-shakyo
        period: {start: 2020, end: 2024}
        published: 2020-03   # the month
        evaluationScale:
          marks:
            - symbol: "◎"
              label: {ja: "計画以上に実施", en: "achieved beyond plan"}
            - symbol: '〇'
              label: {ja: 'it''s done', en: carried out as planned}

        evaluated: {2020: 2021-06, 2021: 2022-06}
        levels: [{id: goal, name: {ja: 基本目標, en: Basic goal}, heading: {ja: 基本目標, en: Basic goals}}]
        # a comment between fields
        source:
          title:
            ja: "概要版"
            en: "summary edition"
          url: https://example.org/plan.pdf#page=2
          format: PDF
          description:
            ja: |
              一行目 # not a comment

              二行目
                字下げ

            en: "x"
        actions:
        - id: action-1-1
          flags: [priority, revised]
          areas: []
          empty: {}
          note: C# and 1:2 ratios, [brackets] and {braces} in a value
          evaluations: {2020: "△", 2021: "〇"}
          indicators:
            - id: salon
              measures:
                  - label: {ja: "目標値", en: "Target"}
                    baseline: 96
        - id: action-1-2
          section: g1
        """;

    [Fact]
    public void A_plan_in_the_usual_shape_is_read_directly_into_the_parsers_tree()
    {
        Assert.True(PlainYamlReader.TryRead(Plan, 2, out var root));

        var expected = YamlTreeReader.ReadWithParser(Plan, 2);
        Assert.True(Same(expected!, root!, "plan") > 60);
        var map = Assert.IsType<YamlMappingNode>(root);
        var note = (YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)map.ValueOf("actions")!).Children[0]).ValueOf("note")!;
        Assert.Equal(("C# and 1:2 ratios, [brackets] and {braces} in a value", 35, 9), (note.Value, note.Line, note.Column));
        var description = (YamlMappingNode)((YamlMappingNode)map.ValueOf("source")!).ValueOf("description")!;
        var literal = (YamlScalarNode)description.ValueOf("ja")!;
        Assert.Equal(("一行目 # not a comment\n\n二行目\n  字下げ\n", false, 23, 9), (literal.Value, literal.IsPlain, literal.Line, literal.Column));
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]                      // anchors and aliases
    [InlineData("a: !tag 1\n")]                          // tags
    [InlineData("a: |-\n  text\n")]                      // chomped, indented or folded blocks
    [InlineData("a: |2\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: |\nb: 1\n")]
    [InlineData("a: one\n  two\n")]                      // a value over two lines
    [InlineData("a: \"one\n  two\"\n")]
    [InlineData("a: {b: 1,\n  c: 2}\n")]                 // a flow over two lines
    [InlineData("a: \"tab\\there\"\n")]                  // escapes
    [InlineData("\"a\": 1\n")]                           // quoted keys
    [InlineData("a:\nb: 1\n")]                           // empty values
    [InlineData("a: 1\nb:")]
    [InlineData("a: {b: }\n")]
    [InlineData("a: [1, 2,]\n")]
    [InlineData("a:\t1\n")]                              // tabs
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a: 1\na: 2\n")]                         // a repeated field
    [InlineData("a: {b: 1, b: 2}\n")]
    [InlineData("a: 1\n  b: 2\n")]                       // mistakes
    [InlineData("a: b: c\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("- a\nb: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: 1 # c\n  - b\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("a: -1\n")]
    [InlineData("a: ' padded'\n")]
    [InlineData("a: [b: 1]\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void What_is_not_in_the_plain_shape_is_left_to_the_parser(string yaml)
    {
        Assert.False(PlainYamlReader.TryRead(yaml, 1, out _));
    }

    /// <summary>Every front matter of the repository's content: each read directly, and as SharpYaml reads it.</summary>
    [Fact]
    public void The_repository_content_is_read_directly_as_the_parser_reads_it()
    {
        var files = Repository.FrontMatters();
        var direct = 0;
        foreach (var (path, yaml) in files)
        {
            if (!PlainYamlReader.TryRead(yaml, 2, out var root)) continue;
            direct++;
            Same(YamlTreeReader.ReadWithParser(yaml, 2)!, root!, Path.GetRelativePath(Repository.Root, path));
        }
        // The content is written in the plain shape: nearly every file must take the direct path.
        Assert.True(direct * 10 >= files.Count * 9, $"{direct} of {files.Count} front matters read directly");
    }

    /// <summary>
    /// Each line of the plan and of every repository front matter changed the ways an editor gets it wrong
    /// (deleted, indented, a colon or bracket added or lost, a comment, a dash), and the text cut off after it: the direct reader declines or
    /// reads exactly SharpYaml's tree, and never reads a text SharpYaml rejects.
    /// </summary>
    [Fact]
    public void Every_one_line_change_is_read_as_the_parser_reads_it_or_declined()
    {
        var texts = Repository.FrontMatters().Select(f => f.Yaml).Prepend(Plan).ToList();
        var (compared, declined) = (0, 0);
        foreach (var text in texts)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                // The text cut off after each line (no line break at its end), and each line changed.
                var variants = Changes(lines[i]).Select(changed => string.Join('\n', lines.Take(i).Append(changed).Concat(lines.Skip(i + 1))))
                    .Prepend(string.Join('\n', lines.Take(i + 1)));
                foreach (var yaml in variants)
                {
                    if (!PlainYamlReader.TryRead(yaml, 1, out var root)) { declined++; continue; }
                    YamlNode? expected;
                    try { expected = YamlTreeReader.ReadWithParser(yaml, 1); }
                    catch (YamlSyntaxException e) { throw new Xunit.Sdk.XunitException($"read directly, but SharpYaml says line {e.Line}:{e.Column}: {e.Message}\n{yaml}"); }
                    Same(expected!, root!, $"line {i + 1} changed:\n{yaml}");
                    compared++;
                }
            }
        }
        Assert.True(compared > 1_000 && declined > 1_000, $"{compared} read directly, {declined} declined");
    }

    private static IEnumerable<string> Changes(string line)
    {
        yield return "";
        yield return " " + line;
        yield return "  " + line;
        if (line.StartsWith(' ')) yield return line[1..];
        if (line.StartsWith("  ")) yield return line[2..];
        yield return line + " # note";
        yield return line + "#x";
        yield return line + ":";
        yield return line + ": x";
        yield return line + ",";
        yield return line + " ]";
        yield return "- " + line.TrimStart();
        yield return "# " + line;
        foreach (var (from, to) in new[] { (": ", ":"), (": ", " : "), ("{", ""), ("}", ""), ("[", ""), ("]", ""), ("\"", ""), (", ", ","), ("- ", "-"), ("- ", ""), (", ", ", ,") })
        {
            var at = line.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0) yield return line[..at] + to + line[(at + from.Length)..];
        }
    }

    private static int Same(YamlNode expected, YamlNode actual, string where)
    {
        var at = $"{where}: node at {expected.Line}:{expected.Column}";
        Assert.True((expected.Line, expected.Column) == (actual.Line, actual.Column), $"{at}: read at {actual.Line}:{actual.Column}");
        switch (expected)
        {
            case YamlScalarNode scalar:
                var mine = Assert.IsType<YamlScalarNode>(actual);
                Assert.True((scalar.Value, scalar.IsPlain) == (mine.Value, mine.IsPlain), $"{at}: `{mine.Value}` ({mine.IsPlain}) instead of `{scalar.Value}` ({scalar.IsPlain})");
                return 1;
            case YamlSequenceNode sequence:
                var list = Assert.IsType<YamlSequenceNode>(actual);
                Assert.True(sequence.Children.Count == list.Children.Count, $"{at}: {list.Children.Count} items instead of {sequence.Children.Count}");
                return 1 + sequence.Children.Zip(list.Children).Sum(p => Same(p.First, p.Second, where));
            case YamlMappingNode mapping:
                var map = Assert.IsType<YamlMappingNode>(actual);
                Assert.True(mapping.Children.Count == map.Children.Count, $"{at}: {map.Children.Count} fields instead of {mapping.Children.Count}");
                return 1 + mapping.Children.Zip(map.Children).Sum(p => Same(p.First.Key, p.Second.Key, where) + Same(p.First.Value, p.Second.Value, where));
            default:
                throw new InvalidOperationException(at);
        }
    }
}
