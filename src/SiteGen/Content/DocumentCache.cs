using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Parsed content files kept between builds of one `serve` session: a file whose size and write
/// time have not changed is not read or parsed again, and the same <see cref="SourceDocument"/>
/// object is handed out, which is how later stages know it is unchanged. Its diagnostics are
/// kept with it and reported again on every build, so a problem never disappears from view.
/// </summary>
public sealed class DocumentCache
{
    private sealed record Entry(long Length, DateTime WriteTime, bool Required, string? BodyField, SourceDocument Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary><paramref name="parse"/>, run only for files that are new or changed since the session's last build.</summary>
    public ParseFile Around(ParseFile parse) =>
        (path, relativePath, diagnostics, frontMatterRequired, bodyField) => Parse(parse, Path.GetFullPath(path), relativePath, diagnostics, frontMatterRequired, bodyField);

    private SourceDocument Parse(ParseFile parse, string path, string relativePath, DiagnosticBag diagnostics, bool frontMatterRequired, string? bodyField)
    {
        var info = new FileInfo(path);
        if (_entries.TryGetValue(path, out var entry) && entry.Length == info.Length && entry.WriteTime == info.LastWriteTimeUtc &&
            entry.Required == frontMatterRequired && entry.BodyField == bodyField)
        {
            foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
            return entry.Document;
        }
        var own = new DiagnosticBag();
        var document = parse(path, relativePath, own, frontMatterRequired, bodyField);
        var found = own.Sorted();
        _entries[path] = new Entry(info.Length, info.LastWriteTimeUtc, frontMatterRequired, bodyField, document, found);
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        return document;
    }

    /// <summary>Drops the files the watcher saw change, in case an edit kept both size and time.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var path in paths) _entries.TryRemove(Path.GetFullPath(path), out _);
    }
}
