using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// The repository's real plans with slips of the keyboard no one listed in advance (a line lost, a value cut off, a
/// stray colon, indentation off by one): whatever the mistake, `check` and `build` end with a report, never a crash;
/// every problem names a file and a line that exist; and a failed build leaves the previous site as it was.
/// <see cref="BadInputs"/> holds the mistakes with known messages; these are random but repeatable (fixed seeds).
/// </summary>
public partial class MutatedContentTests
{
    private const int Checks = 120;
    private const int Builds = 6;

    [Fact]
    public void Check_reports_every_slip_with_a_file_and_line_and_never_crashes()
    {
        using var temp = new TempFolder();
        var failed = 0;
        for (var seed = 1; seed <= Checks; seed++)
        {
            var site = MutatedCopy(temp.Sub($"check-{seed}"), seed, out var changed);
            var result = TestCli.Run("check", "--config", site.Config, "--no-cache");
            AssertReported(site.Root, result, $"seed {seed}, changed {string.Join(", ", changed)}");
            if (result.ExitCode == 1) failed++;
        }
        // The slips must reach the checks: a mutator that only ever wrote harmless text would prove nothing.
        Assert.InRange(failed, Checks / 5, Checks);
    }

    [Fact]
    public void A_build_that_fails_on_a_slip_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempFolder();
        var output = temp.Sub("out");
        var good = MutatedCopy(temp.Sub("good"), seed: 0, out _);
        var first = TestCli.Run("build", "--config", good.Config, "--output", output, "--no-cache", "--as-of", "2026-12-06");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = Files.Snapshot(output);

        var failures = 0;
        for (var seed = 1000; failures < Builds && seed < 1000 + 20 * Builds; seed++)
        {
            var site = MutatedCopy(temp.Sub($"build-{seed}"), seed, out var changed);
            var result = TestCli.Run("build", "--config", site.Config, "--output", output, "--no-cache", "--as-of", "2026-12-06");
            var context = $"seed {seed}, changed {string.Join(", ", changed)}";
            AssertReported(site.Root, result, context);
            if (result.ExitCode == 0)
            {
                // A slip the build accepts (a changed title, say) is published: start again from the good site.
                Assert.True(TestCli.Run("build", "--config", good.Config, "--output", output, "--no-cache", "--as-of", "2026-12-06").ExitCode == 0);
                continue;
            }
            failures++;
            Files.AssertIdentical(before, Files.Snapshot(output));
            Assert.Empty(Files.StrayCopies(output));
        }
        Assert.Equal(Builds, failures);
    }

    private sealed record MutatedSite(string Root, string Config);

    /// <summary>The repository's content copied to <paramref name="root"/>, with one to three slips (none for seed 0).</summary>
    private static MutatedSite MutatedCopy(string root, int seed, out List<string> changed)
    {
        var content = Path.Combine(root, "content");
        Files.CopyFolder(Repository.Content, content);
        var config = Path.Combine(root, "site.config.json");
        File.WriteAllText(config, Repository.ConfigTextWithoutSearch(content));
        changed = [];
        if (seed == 0) return new MutatedSite(root, config);

        var random = new Random(seed);
        var files = Directory.GetFiles(content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        for (var slips = random.Next(1, 4); slips > 0; slips--)
        {
            var file = files[random.Next(files.Count)];
            var (text, what) = Slip(File.ReadAllText(file), random);
            File.WriteAllText(file, text, new UTF8Encoding(false));
            changed.Add($"{Path.GetRelativePath(root, file)} ({what})");
        }
        return new MutatedSite(root, config);
    }

    private static readonly string[] Strays =
        [":", "\"", "'", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "- ", "\t", "%", "@", "`", ",", "?", "\\", "\n", " ",
         "\u3000", "：", "\uFEFF", "\r", "---\n", "\u202E", "<script>", "&#0;", "🙂", "※", "{{", "|}"];

    private static readonly string[] Values =
        ["", "~", "[]", "{}", "1", "-1", "99999999999999999999", "true", "\"x", "'", "2026-13-45", "|", ">", "&a", "*a",
         "!!binary x", "[a, b", "null", "0x10", ".inf", "◎", "ja: x", "{ja: }", "[[]]", "令和", "2022-04-01T00:00"];

    /// <summary>One slip of the kind a hand editing YAML and Markdown makes, and what it was.</summary>
    private static (string Text, string What) Slip(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = random.Next(text.Length + 1);
        switch (random.Next(9))
        {
            case 0:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"line {line + 1} deleted");
            case 1:
                lines.Insert(line, lines[random.Next(lines.Count)]);
                return (string.Join('\n', lines), $"a line repeated at {line + 1}");
            case 2:
                lines[line] = new string(' ', random.Next(1, 5)) + lines[line];
                return (string.Join('\n', lines), $"line {line + 1} indented further");
            case 3:
                lines[line] = lines[line].TrimStart();
                return (string.Join('\n', lines), $"line {line + 1} not indented");
            case 4:
                return (text[..at], $"cut at {at}");
            case 5:
                var stray = Strays[random.Next(Strays.Length)];
                return (text.Insert(at, stray), $"{Escape(stray)} at {at}");
            case 6:
                return at < text.Length ? (text.Remove(at, 1), $"character {at} deleted") : (text, "nothing");
            case 7:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), $"lines {line + 1} and {other + 1} swapped");
            default:
                if (FieldLine().Match(lines[line]) is not { Success: true } field) return (text, "nothing");
                var value = Values[random.Next(Values.Length)];
                lines[line] = field.Groups[1].Value + value;
                return (string.Join('\n', lines), $"line {line + 1} value {Escape(value)}");
        }
    }

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    [GeneratedRegex(@"^(\s*(?:- )?[\w-]+:\s*)")]
    private static partial Regex FieldLine();

    /// <summary>Exit 0 or 1 (1 exactly when an error is printed), and every line of the report a diagnostic at a real place.</summary>
    private static void AssertReported(string root, CliResult result, string context)
    {
        Assert.True(result.ExitCode is 0 or 1, $"{context}: {result}");
        Assert.True(result.Errors.Count > 0 == (result.ExitCode == 1), $"{context}: exit {result.ExitCode} with {result.Errors.Count} errors\n{result}");
        foreach (var line in result.StderrLines)
        {
            var match = Place().Match(line);
            Assert.True(match.Success, $"{context}: a report line without file:line:column: «{line}»\n{result}");
            var file = Path.Combine(root, match.Groups["file"].Value);
            Assert.True(File.Exists(file), $"{context}: «{line}» names a file that does not exist\n{result}");
            var lineCount = File.ReadAllText(file).Split('\n').Length;
            var number = int.Parse(match.Groups["line"].Value);
            Assert.True(number >= 1 && number <= lineCount, $"{context}: «{line}» names line {number} of a file of {lineCount} lines");
            Assert.True(int.Parse(match.Groups["column"].Value) >= 1, $"{context}: «{line}» names column 0");
        }
    }

    [GeneratedRegex(@"^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+): \S")]
    private static partial Regex Place();
}
