using System.Text.Json.Nodes;
using SiteGen.Markup.Phrases;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// The C# BudouX parser against the real one: the npm package `budoux` pinned in package.json, run with node
/// on the sentences of the repository's content. Nothing is skipped: without the package the test fails.
/// </summary>
[Trait(Needs.Trait, Needs.Npm)]
public class PhraseParserTests
{
    /// <summary>Runs <paramref name="script"/> with node in the repository (where require('budoux') finds the package), input on stdin.</summary>
    private static string Node(string script, string input) => NodeScript.Run("budoux", script, input);

    /// <summary>The Japanese sentences of content/: every line of the Japanese files cut at 。, without YAML keys or Markdown marks.</summary>
    private static List<string> ContentSentences()
    {
        var sentences = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Repository.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".en.md", StringComparison.Ordinal)) continue;
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.Trim().TrimStart('-', '#', '|', '>', ' ');
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0 && line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) line = line[(colon + 2)..];
                foreach (var piece in line.Split('。', '|'))
                {
                    var sentence = piece.Trim().Trim('"', '\'', '{', '}', '[', ']').Trim();
                    if (sentence.Length > 0 && PhraseBreaks.HasJapanese(sentence)) sentences.Add(sentence);
                }
            }
        }
        return sentences.ToList();
    }

    [Fact]
    public void Segments_the_content_s_sentences_exactly_as_the_npm_budoux_package()
    {
        var sentences = ContentSentences();
        Assert.True(sentences.Count >= 300, $"only {sentences.Count} sentences in content/");
        var json = Node(
            "const p = require('budoux').loadDefaultJapaneseParser();" +
            "let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => s += d);" +
            "process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(s).map(t => p.parse(t)))));",
            new JsonArray(sentences.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()).ToJsonString());
        var expected = JsonNode.Parse(json)!.AsArray();
        Assert.Equal(sentences.Count, expected.Count);

        var parser = PhraseParser.Japanese;
        var differences = new List<string>();
        var boundaries = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var theirs = expected[i]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            var ours = parser.Parse(sentences[i]);
            boundaries += ours.Count - 1;
            if (!theirs.SequenceEqual(ours)) differences.Add($"{string.Join("|", theirs)}\n  C#: {string.Join("|", ours)}");
        }
        Assert.True(differences.Count == 0, $"{differences.Count} of {sentences.Count} sentences differ:\n" + string.Join("\n", differences.Take(20)));
        Assert.True(boundaries > sentences.Count, "the sentences should have phrase boundaries to compare");
    }

    [Fact]
    public void The_embedded_model_is_the_one_in_the_installed_package()
    {
        // The program carries a copy of the model (it never runs node): it must be the pinned package's.
        var json = Node(
            "process.stdout.write(JSON.stringify(require('./node_modules/budoux/dist/data/models/ja.js').model))", "");
        var installed = JsonNode.Parse(json)!;
        using var stream = typeof(PhraseParser).Assembly.GetManifestResourceStream(PhraseParser.ModelResource)!;
        var embedded = JsonNode.Parse(stream)!;
        Assert.True(JsonNode.DeepEquals(installed, embedded), "src/SiteGen/Markup/Phrases/budoux-ja.json differs from node_modules/budoux: copy the model again (see the README beside it)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("あ")]
    [InlineData("今日は天気です。")]
    [InlineData("𠮷野家で𠮷田さんと会う")] // surrogate pairs: code units, as in JavaScript
    [InlineData("English only, no Japanese at all.")]
    [InlineData("「しくみづくり」と、支えあう地域（令和4年度）")]
    public void Segments_edge_cases_as_the_npm_package(string text)
    {
        var json = Node(
            "const p = require('budoux').loadDefaultJapaneseParser(); let s = ''; process.stdin.setEncoding('utf8');" +
            "process.stdin.on('data', d => s += d); process.stdin.on('end', () => process.stdout.write(JSON.stringify(p.parse(JSON.parse(s)))));",
            JsonValue.Create(text).ToJsonString());
        var theirs = JsonNode.Parse(json)!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(theirs, PhraseParser.Japanese.Parse(text));
    }
}
