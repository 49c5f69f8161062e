using System.Buffers;
using System.IO.Hashing;
using SiteGen.Caching;

namespace SiteGen.Publish;

/// <summary>
/// What <see cref="PageScanner"/> read of each page the last build wrote into an output folder, kept on
/// disk so that the next build scans again only the pages whose bytes changed.
/// <para>
/// Why: reading every page for its ids, links and accessibility problems is a large share of a build
/// (docs/performance.md#kept-between-runs-yaml-trees-and-page-facts), and after an edit to one plan all but a few
/// pages come out byte for byte as before. What the scanner reports is a function of the page's path and
/// bytes alone, so a page whose path and 128-bit hash (XxHash128) match an entry gets that entry's facts
/// back; every check (links, ids, the audit) still runs on them as on a fresh scan, so the build reports
/// exactly what it would have. A page that changed, or an entry that does not read, is scanned.
/// </para>
/// One <see cref="EntryFile"/> per output folder (named by a hash of its full path) in the <c>pages</c>
/// folder of the <see cref="CacheFolder"/>; saved only when the build has written the site.
/// </summary>
public sealed class PageFactsCache : IDisposable
{
    private static readonly byte[] Magic = "SGPF02\n\0"u8.ToArray();

    private readonly EntryFile _entries;

    private PageFactsCache(EntryFile entries) => _entries = entries;

    /// <summary>Pages whose facts came from the cache.</summary>
    public int Reused => _entries.Reused;

    /// <summary>Pages that were scanned.</summary>
    public int Scanned => _entries.Made;

    /// <summary>The cache file for builds into <paramref name="outputDirectory"/>, in <paramref name="cacheFolder"/>.</summary>
    public static string FileFor(string cacheFolder, string outputDirectory) => EntryFile.FileFor(cacheFolder, "pages", outputDirectory, ".facts");

    /// <summary>Opens what the last build into <paramref name="outputDirectory"/> kept (nothing, if there is no such file or it does not read).</summary>
    public static PageFactsCache Open(string cacheFolder, string outputDirectory) =>
        new(EntryFile.Open(FileFor(cacheFolder, outputDirectory), Magic));

    /// <summary>The facts kept for <paramref name="outputDirectory"/>; null when <paramref name="caches"/> keep nothing on disk.</summary>
    public static PageFactsCache? Open(Caches caches, string outputDirectory) =>
        caches.Folder is { } folder ? Open(folder, outputDirectory) : null;

    /// <summary>
    /// The facts of the page at <paramref name="path"/> whose bytes are <paramref name="page"/> (and whose
    /// text is <paramref name="html"/>): from the cache when the last build wrote the same bytes there,
    /// else scanned. Safe to call from many threads at once.
    /// </summary>
    public PageFacts Read(string path, ReadOnlySpan<byte> page, ReadOnlyMemory<char> html)
    {
        var pageHash = XxHash128.HashToUInt128(page);
        if (_entries.Read(path, pageHash, entry => FactsCoding.Decode(path, entry)) is { } known) return known;
        var scanned = PageScanner.Scan(path, html);
        _entries.Write(path, pageHash, scanned, FactsCoding.Encode);
        return scanned;
    }

    /// <summary>Puts this build's facts in the last one's place: call it once the build has written the site.</summary>
    public void Save() => _entries.Save();

    public void Dispose() => _entries.Dispose();
}

/// <summary><see cref="PageFacts"/> as a cache entry (<see cref="EntryCoding"/>) and back.</summary>
internal static class FactsCoding
{
    public static void Encode(PageFacts facts, IBufferWriter<byte> writer)
    {
        EntryCoding.WriteNumber(writer, (uint)facts.Ids.Count);
        foreach (var id in facts.Ids)
        {
            EntryCoding.WriteText(writer, id.Id);
            EntryCoding.WriteNumber(writer, (uint)id.Line);
        }
        EntryCoding.WriteNumber(writer, (uint)facts.Links.Count);
        foreach (var link in facts.Links)
        {
            EntryCoding.WriteText(writer, link.Href);
            EntryCoding.WriteNumber(writer, (uint)link.Line);
            EntryCoding.WriteOptionalText(writer, link.Rel);
        }
        EntryCoding.WriteNumber(writer, (uint)facts.Problems.Count);
        foreach (var problem in facts.Problems) EntryCoding.WriteText(writer, problem);
    }

    /// <summary>The facts of the page at <paramref name="path"/>, or null when the bytes are not an encoding of them.</summary>
    public static PageFacts? Decode(string path, ReadOnlySpan<byte> encoded)
    {
        try
        {
            var reader = new EntryCoding.Reader(encoded);
            var ids = new PageId[reader.Count()];
            for (var i = 0; i < ids.Length; i++) ids[i] = new PageId(reader.Text(), (int)reader.Number());
            var links = new PageLink[reader.Count()];
            for (var i = 0; i < links.Length; i++) links[i] = new PageLink(reader.Text(), (int)reader.Number(), reader.OptionalText());
            var problems = new string[reader.Count()];
            for (var i = 0; i < problems.Length; i++) problems[i] = reader.Text();
            return reader.AtEnd ? new PageFacts(path, ids, links, problems) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
