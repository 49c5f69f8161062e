using SiteGen.Diagnostics;

namespace SiteGen.Diagnostics;

public enum ReportFormat { Text, GitHub, Json }

/// <summary>
/// Prints diagnostics for the reader at hand: `text` (file:line:column: field: message) for people
/// and editors, `github` for workflow annotations on the exact file and line (`json` is the check report, CheckCommand).
/// Errors come first, then warnings, so the line that must be fixed is never lost among the rest.
/// </summary>
public static class Reporter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr) =>
        PrintText(diagnostics, stderr);

    public static void PrintText(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in Ordered(diagnostics)) writer.WriteLine(d);
    }

    /// <summary>GitHub workflow commands: ::error file=…,line=…,col=…,title=…::message.</summary>
    public static void PrintGitHub(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in Ordered(diagnostics))
        {
            var level = d.Severity == Severity.Error ? "error" : "warning";
            var title = string.IsNullOrEmpty(d.Field) ? "content" : d.Field;
            var message = d.Hint is null ? d.Message : $"{d.Message} (hint: {d.Hint})";
            writer.WriteLine($"::{level} file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column},title={Property(title)}::{Data(message)}");
        }
    }

    private static IEnumerable<Diagnostic> Ordered(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Severity.Error).Concat(diagnostics.Where(d => d.Severity == Severity.Warning));

    // https://docs.github.com/actions/reference/workflow-commands-for-github-actions: % CR LF are escaped in data, and : , too in properties.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
