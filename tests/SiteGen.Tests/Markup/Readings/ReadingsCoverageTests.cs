using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Markup.Readings;
using SiteGen.Tests.Support;
using SiteGen.Markup.Ruby;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>
/// The committed content/readings.tsv is valid and covers the seed content: read the way the build reads a page
/// (longest word first), every kanji of every Japanese text is under a reading. Fails after content changes
/// until `npm run readings` is run again.
/// </summary>
public class ReadingsCoverageTests
{
    private static ReadingDictionary Committed()
    {
        var diagnostics = new DiagnosticBag();
        var dictionary = ReadingsFile.Load(Repository.Root, "content", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return dictionary;
    }

    /// <summary>Every Japanese text the pages show: content files without a language suffix, the site title, the UI strings, the report.</summary>
    private static IEnumerable<(string Where, string Text)> JapaneseTexts()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Regex.IsMatch(file, @"\.[a-z]{2}\.md$")) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++) yield return ($"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}", RubyText.Strip(lines[i]));
        }
        var config = JsonDocument.Parse(File.ReadAllText(Repository.Config)).RootElement;
        yield return ("site.config.json title.ja", config.GetProperty("title").GetProperty("ja").GetString()!);
        var strings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "src/SiteGen/I18n/Strings/ja.json"))).RootElement;
        foreach (var property in strings.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.String) yield return ($"ja.json {property.Name}", property.Value.GetString()!);
        // The accessibility report's criteria and hand checks are written in the program, as tools/readings/generate.js reads them.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/SiteGen/Accessibility"), "*.cs").Order(StringComparer.Ordinal))
            foreach (Match literal in Regex.Matches(File.ReadAllText(file), @"""((?:[^""\\\n]|\\.)*)"""))
                yield return ($"{Path.GetFileName(file)} \"{literal.Groups[1].Value}\"", Regex.Unescape(literal.Groups[1].Value));
    }

    /// <summary>The kanji of <paramref name="text"/> no word of the dictionary covers, read longest word first.</summary>
    private static string Uncovered(string text, ReadingDictionary dictionary)
    {
        var missing = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            if (dictionary.LongestAt(text, i) is { } entry) { i += entry.Word.Length; continue; }
            if (Kanji.Is(text[i])) missing.Append(text[i]);
            i++;
        }
        return missing.ToString();
    }

    [Fact]
    public void Every_kanji_of_the_seed_content_has_a_reading()
    {
        var dictionary = Committed();
        Assert.True(dictionary.Count > 500, $"the committed dictionary has only {dictionary.Count} words");
        var gaps = JapaneseTexts().Select(t => (t.Where, Missing: Uncovered(t.Text, dictionary))).Where(t => t.Missing.Length > 0).ToList();
        Assert.True(gaps.Count == 0,
            "kanji without a reading (run `npm run readings`): " + string.Join("; ", gaps.Take(10).Select(g => $"{g.Where}: {g.Missing}")));
    }

    [Fact]
    public void Readings_a_person_checked_are_the_ones_in_use()
    {
        // The corrections of kuromoji's readings that the seed content needs: the era name it does not know, dates, place names.
        var dictionary = Committed();
        Assert.Equal("れいわ", dictionary.LongestAt("令和6年度", 0)?.Reading);
        Assert.Equal("かしわし", dictionary.LongestAt("柏市", 0)?.Reading);
        Assert.Equal("しんとみちょう", dictionary.LongestAt("新富町", 0)?.Reading);
    }
}
