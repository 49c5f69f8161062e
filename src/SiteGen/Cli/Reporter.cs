using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics the way editors and CI logs understand: file:line:column: field: message.</summary>
public static class Reporter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var d in diagnostics.Where(d => d.Severity == Severity.Error)) stderr.WriteLine(d);
        foreach (var d in diagnostics.Where(d => d.Severity == Severity.Warning)) stderr.WriteLine(d);
    }

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
