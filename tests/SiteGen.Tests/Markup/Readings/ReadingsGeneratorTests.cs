using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>
/// `npm run readings` (tools/readings/generate.js) with the kuromoji pinned in package.json, on a small site: it adds the
/// content's kanji words in hiragana, keeps every line a person wrote or corrected, drops machine lines no text uses,
/// and writes a file the build accepts.
/// </summary>
[Trait(Needs.Trait, Needs.Npm)]
public class ReadingsGeneratorTests
{
    private static string Generate(TestSite site)
    {
        var kuromoji = Path.Combine(Repository.Root, "node_modules", "kuromoji");
        Assert.True(Directory.Exists(kuromoji), $"node_modules/kuromoji is missing: run `npm ci` in {Repository.Root} (it installs the kuromoji pinned in package.json).");
        var start = new ProcessStartInfo("node", [Path.Combine(Repository.Root, "tools", "readings", "generate.js"), site.Root])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the generator did not finish within a minute");
        Assert.True(process.ExitCode == 0, $"the generator failed ({process.ExitCode}): {error}");
        return output.Result;
    }

    private static Dictionary<string, (string Reading, string Status)> Rows(TestSite site) =>
        File.ReadAllLines(Path.Combine(site.Root, "content", "readings.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l != "word\treading\tstatus")
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (c[1], c[2]));

    [Fact]
    public void Adds_the_content_s_words_and_keeps_what_a_person_wrote()
    {
        using var site = TestSite.WithOnePlan();
        site.Plan("p", Samples.PlanHeader + "---\n地域福祉の取り組みを{醸成|じょうせい}します。\n", "The body.\n");
        site.Write("content/readings.tsv",
            "word\treading\tstatus\n" +
            "地域\tじいき\tchecked\n" +    // a person's reading, even a wrong-looking one, stays
            "福祉\tふっくし\tauto\n" +     // an unmarked correction stays too: only unused machine lines go
            "消える\tきえる\tauto\n" +     // used by no text: dropped
            "残る\tのこる\tchecked\n");    // used by no text but checked: kept

        var report = Generate(site);

        var rows = Rows(site);
        Assert.Equal(("じいき", "checked"), rows["地域"]);
        Assert.Equal(("ふっくし", "auto"), rows["福祉"]);
        Assert.Equal(("のこる", "checked"), rows["残る"]);
        Assert.False(rows.ContainsKey("消える"));
        Assert.Equal(("とりくみ", "auto"), rows["取り組み"]);
        // The hand-written ruby's base is read as text too (its reading on the page stays the author's).
        Assert.Equal(("じょうせい", "auto"), rows["醸成"]);
        Assert.All(rows.Values, row => Assert.Matches("^[ぁ-ゖー]+$", row.Reading));
        Assert.Contains("1 unused auto rows dropped", report);

        // A second run changes nothing, and the file is one the build accepts.
        var before = File.ReadAllText(Path.Combine(site.Root, "content", "readings.tsv"));
        Generate(site);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Root, "content", "readings.tsv")));
        Assert.Equal(0, site.Check().ExitCode);
    }
}
