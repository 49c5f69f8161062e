using SiteGen.Cli;

namespace SiteGen.Tests.Support;

/// <summary>What one in-process run of the command line printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StderrLines => Lines(Stderr);
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    /// <summary>Diagnostic lines (file:line:column: ...) printed to stderr.</summary>
    public IReadOnlyList<string> Diagnostics => StderrLines.Where(l => TestCli.DiagnosticLine.IsMatch(l)).ToList();
    public IReadOnlyList<string> Errors => Diagnostics.Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
    public IReadOnlyList<string> Warnings => Diagnostics.Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();

    private static IReadOnlyList<string> Lines(string text) =>
        text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout:\n{Stdout}\n--- stderr:\n{Stderr}";
}

public static partial class TestCli
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>`path:line:column: rest`, the format editors and CI logs understand.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\s:][^:]*:\d+:\d+: ")]
    public static partial System.Text.RegularExpressions.Regex DiagnosticLine { get; }
}
