using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>Builds expected diagnostic lines and finds positions in test files, so locations are computed, not copied.</summary>
public static class Expect
{
    /// <summary>"line:column" of the first occurrence of <paramref name="token"/> on 1-based line <paramref name="line"/> of <paramref name="text"/>.</summary>
    public static string At(string text, int line, string token)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        Assert.True(line >= 1 && line <= lines.Length, $"the test file has no line {line}");
        var column = lines[line - 1].IndexOf(token, StringComparison.Ordinal);
        Assert.True(column >= 0, $"line {line} of the test file does not contain `{token}`: {lines[line - 1]}");
        return $"{line}:{column + 1}";
    }

    /// <summary>The 1-based number of the only line of <paramref name="text"/> that contains <paramref name="token"/>.</summary>
    public static int LineOf(string text, string token, int occurrence = 1)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var found = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains(token, StringComparison.Ordinal)).Select(p => p.i + 1).ToList();
        Assert.True(found.Count >= occurrence, $"the test file does not contain `{token}` {occurrence} time(s)");
        return found[occurrence - 1];
    }

    /// <summary>"line:column" of the <paramref name="occurrence"/>-th line holding <paramref name="token"/>, at the token.</summary>
    public static string Find(string text, string token, int occurrence = 1) => At(text, LineOf(text, token, occurrence), token);

    /// <summary>An exact diagnostic line: `file:line:column: field: message (hint: hint)`.</summary>
    public static Regex Line(string file, string position, string field, string message, string hint) =>
        new("^" + Regex.Escape($"{file}:{position}: {(field.Length == 0 ? "" : field + ": ")}{message} (hint: {hint})") + "$");

    /// <summary>A diagnostic line at a position with a field whose message and hint match patterns.</summary>
    public static Regex Pattern(string file, string positionPattern, string field, string messagePattern, string hintPattern = ".+") =>
        new("^" + Regex.Escape(file + ":") + positionPattern + ": " + (field.Length == 0 ? "" : Regex.Escape(field + ": ")) +
            messagePattern + @" \(hint: " + hintPattern + @"\)$");

    /// <summary>Asserts every expected line is printed exactly once, and no other error is.</summary>
    public static void ExactlyTheseErrors(CliResult result, IReadOnlyList<Regex> expected)
    {
        var errors = result.Errors;
        foreach (var pattern in expected)
        {
            var matches = errors.Count(pattern.IsMatch);
            Assert.True(matches == 1, $"expected one line matching\n  {pattern}\nfound {matches} in:\n{result}");
        }
        var unexpected = errors.Where(e => !expected.Any(p => p.IsMatch(e))).ToList();
        Assert.True(unexpected.Count == 0, "unexpected errors:\n" + string.Join("\n", unexpected) + "\n" + result);
    }
}
