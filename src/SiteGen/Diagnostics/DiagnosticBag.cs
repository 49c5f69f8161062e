namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run instead of stopping at the first, so one `check` lists them all.
/// Thread-safe: plans are loaded in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Error(SourceLocation at, string field, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, at, field, message, hint));

    public void Warning(SourceLocation at, string field, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, at, field, message, hint));

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Diagnostics in a stable order (file, line, column) so output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Field, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }

    public IReadOnlyList<Diagnostic> Errors => Sorted().Where(d => d.Severity == Severity.Error).ToList();
    public IReadOnlyList<Diagnostic> Warnings => Sorted().Where(d => d.Severity == Severity.Warning).ToList();
}
