using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>One file a build made: where it went and, for a plan page, the content file it came from.</summary>
public sealed record BuiltFile(string Path, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>The result of a build: what was found, what was made, how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuiltFile> Files, StageTimings Timings, bool Written)
{
    public bool Succeeded => Written;
    public int Pages => Files.Count(f => f.IsHtml);
    public TimeSpan Elapsed => Timings.Total;

    /// <summary>The files' bytes, for a build run with <see cref="BuildOptions.Write"/> off; empty otherwise.</summary>
    public IReadOnlyDictionary<string, byte[]> Contents { get; init; } = new Dictionary<string, byte[]>();
}
