namespace SiteGen.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A position in a content file, 1-based like every editor shows it.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>
/// One problem found in the content. Council staff are not programmers, so every diagnostic
/// names the file, line and field, says what is wrong, and says how to fix it.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Field, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var field = string.IsNullOrEmpty(Field) ? "" : Field + ": ";
        var level = Severity == Severity.Warning ? "warning: " : "";
        var hint = Hint is null ? "" : $" (hint: {Hint})";
        return $"{Location}: {level}{field}{Message}{hint}";
    }
}
