using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Publish;

/// <summary>
/// What <see cref="PageScanner"/> read of each page the last build wrote into an output folder, kept on
/// disk so that the next build scans again only the pages whose bytes changed.
/// <para>
/// Why: reading every page for its ids, links and accessibility problems is a seventh of a build's
/// processor time (a 1,000-plan site is 200 MB of HTML), and after an edit to one plan all but a few
/// pages come out byte for byte as before. What the scanner reports is a function of the page's path and
/// bytes alone, so a page whose path and 128-bit hash (XxHash128) match an entry gets that entry's facts
/// back; every check (links, ids, the audit) still runs on them as on a fresh scan, so the build reports
/// exactly what it would have. A page that changed, or any entry that cannot be read or fails its
/// checksum, is scanned.
/// </para>
/// <para>
/// One file per output folder (named by a hash of its full path) in the <c>pages</c> folder of the
/// <see cref="Config.CacheFolder"/>. It is written as the pages render, into a file of its own beside the
/// old one, and renamed over it only when the build has succeeded (<see cref="Save"/>); a build that
/// fails or is stopped leaves the old file as it was. Layout: a header (magic, program identity), one
/// entry per page (its facts, encoded), then the index (path, page hash, where the entry is, its
/// checksum) and a trailer saying where the index is. The program identity (SiteGen's module version id)
/// is part of the header: a new program, whose scanner may read pages differently, starts afresh.
/// </para>
/// Nothing here can fail a build: when the folder cannot be read or written, pages are simply scanned.
/// </summary>
public sealed class PageFactsCache : IDisposable
{
    private static readonly byte[] Magic = "SGPF01\n\0"u8.ToArray();
    private static readonly byte[] Identity = typeof(PageFactsCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray();
    private static readonly int HeaderLength = Magic.Length + Identity.Length;
    /// <summary>Index offset (8), index length (4), index checksum (8), magic (8).</summary>
    private const int TrailerLength = 28;
    /// <summary>Files not written for this long belong to output folders no one builds any more.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>Where an entry is in a file, and what it was made from.</summary>
    private readonly record struct Entry(UInt128 PageHash, long Offset, int Length, ulong Check);

    private readonly string _file;
    private readonly SafeFileHandle? _old;
    private readonly Dictionary<string, Entry> _oldEntries;
    private readonly Dictionary<string, Entry> _newEntries = new(StringComparer.Ordinal);
    private readonly object _writing = new();
    private FileStream? _new;
    private string? _newPath;
    private int _reused, _scanned;

    private PageFactsCache(string file, SafeFileHandle? old, Dictionary<string, Entry> oldEntries)
    {
        _file = file;
        _old = old;
        _oldEntries = oldEntries;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            _newPath = file + "." + Path.GetRandomFileName() + ".tmp";
            _new = new FileStream(_newPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
            _new.Write(Magic);
            _new.Write(Identity);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
    }

    /// <summary>Pages whose facts came from the cache.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Pages that were scanned.</summary>
    public int Scanned => Volatile.Read(ref _scanned);

    /// <summary>The cache file for builds into <paramref name="outputDirectory"/>, in <paramref name="cacheFolder"/>.</summary>
    public static string FileFor(string cacheFolder, string outputDirectory)
    {
        var key = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(outputDirectory)));
        return Path.Combine(cacheFolder, "pages", key.ToString("x16") + ".facts");
    }

    /// <summary>Opens what the last build into <paramref name="outputDirectory"/> kept (nothing, if there is no such file or it does not read).</summary>
    public static PageFactsCache Open(string cacheFolder, string outputDirectory)
    {
        var file = FileFor(cacheFolder, outputDirectory);
        SafeFileHandle? handle = null;
        try
        {
            // Delete shared: the finished new file is renamed over this one while it is still open.
            handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (ReadIndex(handle) is { } entries) return new PageFactsCache(file, handle, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        handle?.Dispose();
        return new PageFactsCache(file, null, new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    /// <summary>
    /// The facts of the page at <paramref name="path"/> whose bytes are <paramref name="page"/> (and whose
    /// text is <paramref name="html"/>): from the cache when the last build wrote the same bytes there,
    /// else scanned. Safe to call from many threads at once.
    /// </summary>
    public PageFacts Read(string path, ReadOnlySpan<byte> page, ReadOnlyMemory<char> html)
    {
        var pageHash = XxHash128.HashToUInt128(page);
        // The old index is only ever read once opened: many threads may look in it at once.
        if (_oldEntries.TryGetValue(path, out var known) && known.PageHash == pageHash)
        {
            var encoded = ArrayPool<byte>.Shared.Rent(known.Length);
            try
            {
                var bytes = encoded.AsSpan(0, known.Length);
                if (RandomAccess.Read(_old!, bytes, known.Offset) == known.Length && XxHash3.HashToUInt64(bytes) == known.Check
                    && FactsCoding.Decode(path, bytes) is { } facts)
                {
                    Keep(path, pageHash, bytes);
                    Interlocked.Increment(ref _reused);
                    return facts;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            finally { ArrayPool<byte>.Shared.Return(encoded); }
        }
        var scanned = PageScanner.Scan(path, html);
        Interlocked.Increment(ref _scanned);
        if (_new is not null) Keep(path, pageHash, FactsCoding.Encode(scanned));
        return scanned;
    }

    /// <summary>Appends a page's entry to the new file.</summary>
    private void Keep(string path, UInt128 pageHash, ReadOnlySpan<byte> encoded)
    {
        var check = XxHash3.HashToUInt64(encoded);
        lock (_writing)
        {
            if (_new is null) return;
            try
            {
                _newEntries[path] = new Entry(pageHash, _new.Position, encoded.Length, check);
                _new.Write(encoded);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Abandon();
            }
        }
    }

    /// <summary>
    /// Finishes the new file and puts it in the old one's place: call it once the build has written the
    /// site. Entries of pages this build did not make are not carried over.
    /// </summary>
    public void Save()
    {
        lock (_writing)
        {
            if (_new is null || _newPath is null) return;
            try
            {
                var index = EncodeIndex(_newEntries);
                var trailer = new byte[TrailerLength];
                BinaryPrimitives.WriteInt64LittleEndian(trailer, _new.Position);
                BinaryPrimitives.WriteInt32LittleEndian(trailer.AsSpan(8), index.Length);
                BinaryPrimitives.WriteUInt64LittleEndian(trailer.AsSpan(12), XxHash3.HashToUInt64(index));
                Magic.CopyTo(trailer.AsSpan(20));
                _new.Write(index);
                _new.Write(trailer);
                _new.Dispose();
                _new = null;
                File.Move(_newPath, _file, overwrite: true);
                _newPath = null;
                Prune(Path.GetDirectoryName(_file)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Abandon();
            }
        }
    }

    /// <summary>Closes the old file and removes a new one that was not saved.</summary>
    public void Dispose()
    {
        lock (_writing) Abandon();
        _old?.Dispose();
    }

    private void Abandon()
    {
        _new?.Dispose();
        _new = null;
        if (_newPath is not null)
        {
            try { File.Delete(_newPath); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            _newPath = null;
        }
    }

    private static byte[] EncodeIndex(Dictionary<string, Entry> entries)
    {
        var writer = new ArrayBufferWriter<byte>(entries.Count * 64 + 16);
        FactsCoding.WriteNumber(writer, (uint)entries.Count);
        Span<byte> fixedPart = stackalloc byte[16 + 8 + 4 + 8];
        foreach (var (path, entry) in entries)
        {
            FactsCoding.WriteText(writer, path);
            BinaryPrimitives.WriteUInt128LittleEndian(fixedPart, entry.PageHash);
            BinaryPrimitives.WriteInt64LittleEndian(fixedPart[16..], entry.Offset);
            BinaryPrimitives.WriteInt32LittleEndian(fixedPart[24..], entry.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(fixedPart[28..], entry.Check);
            writer.Write(fixedPart);
        }
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>The index of a cache file, or null when the file is not one this program wrote whole.</summary>
    private static Dictionary<string, Entry>? ReadIndex(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < HeaderLength + TrailerLength) return null;
        Span<byte> header = stackalloc byte[HeaderLength];
        Span<byte> trailer = stackalloc byte[TrailerLength];
        if (RandomAccess.Read(handle, header, 0) != HeaderLength || RandomAccess.Read(handle, trailer, length - TrailerLength) != TrailerLength) return null;
        if (!header[..Magic.Length].SequenceEqual(Magic) || !header[Magic.Length..].SequenceEqual(Identity) || !trailer[20..].SequenceEqual(Magic)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var indexLength = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (indexOffset < HeaderLength || indexLength < 0 || indexOffset + indexLength != length - TrailerLength) return null;
        var index = new byte[indexLength];
        if (RandomAccess.Read(handle, index, indexOffset) != indexLength || XxHash3.HashToUInt64(index) != BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..])) return null;
        try
        {
            var reader = new FactsCoding.Reader(index);
            var count = (int)reader.Number();
            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.Text();
                var fixedPart = reader.Bytes(36);
                var entry = new Entry(BinaryPrimitives.ReadUInt128LittleEndian(fixedPart), BinaryPrimitives.ReadInt64LittleEndian(fixedPart[16..]),
                    BinaryPrimitives.ReadInt32LittleEndian(fixedPart[24..]), BinaryPrimitives.ReadUInt64LittleEndian(fixedPart[28..]));
                if (entry.Offset < HeaderLength || entry.Length <= 0 || entry.Offset + entry.Length > indexOffset) return null;
                entries[path] = entry;
            }
            return entries;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Deletes cache files of output folders not built for a month, and new files a stopped build left behind.</summary>
    private static void Prune(string folder)
    {
        var stale = DateTime.UtcNow - Unused;
        var abandoned = DateTime.UtcNow - TimeSpan.FromDays(1);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            try
            {
                var written = File.GetLastWriteTimeUtc(file);
                if ((file.EndsWith(".facts", StringComparison.Ordinal) && written < stale) || (file.EndsWith(".tmp", StringComparison.Ordinal) && written < abandoned))
                    File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // another build may have removed it first
        }
    }
}

/// <summary>
/// <see cref="PageFacts"/> as bytes and back: numbers as 7-bit groups (most lines and counts fit one byte),
/// text as its UTF-8 length and bytes.
/// </summary>
internal static class FactsCoding
{
    public static byte[] Encode(PageFacts facts)
    {
        var writer = new ArrayBufferWriter<byte>(4096);
        WriteNumber(writer, (uint)facts.Ids.Count);
        foreach (var id in facts.Ids)
        {
            WriteText(writer, id.Id);
            WriteNumber(writer, (uint)id.Line);
        }
        WriteNumber(writer, (uint)facts.Links.Count);
        foreach (var link in facts.Links)
        {
            WriteText(writer, link.Href);
            WriteNumber(writer, (uint)link.Line);
            // 0 for no rel, else its length + 1.
            if (link.Rel is null) WriteNumber(writer, 0);
            else WriteText(writer, link.Rel, shift: 1);
        }
        WriteNumber(writer, (uint)facts.Problems.Count);
        foreach (var problem in facts.Problems) WriteText(writer, problem);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>The facts of the page at <paramref name="path"/>, or null when the bytes are not an encoding of them.</summary>
    public static PageFacts? Decode(string path, ReadOnlySpan<byte> encoded)
    {
        try
        {
            var reader = new Reader(encoded);
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

    public static void WriteNumber(IBufferWriter<byte> writer, uint value)
    {
        var span = writer.GetSpan(5);
        var count = 0;
        while (value >= 0x80)
        {
            span[count++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[count++] = (byte)value;
        writer.Advance(count);
    }

    public static void WriteText(IBufferWriter<byte> writer, string text, uint shift = 0)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        WriteNumber(writer, (uint)length + shift);
        Encoding.UTF8.GetBytes(text, writer.GetSpan(length));
        writer.Advance(length);
    }

    /// <summary>Reads what the writer methods wrote; throws <see cref="FormatException"/> past the end.</summary>
    public ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at == _bytes.Length;

        public uint Number()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (_at >= _bytes.Length) throw new FormatException("the entry ends inside a number");
                var part = _bytes[_at++];
                value |= (uint)(part & 0x7F) << shift;
                if (part < 0x80) return value;
            }
            throw new FormatException("a number is too long");
        }

        /// <summary>A count of things that follow: each takes at least one byte, so a count above what is left is a broken entry.</summary>
        public int Count()
        {
            var count = Number();
            if (count > _bytes.Length - _at) throw new FormatException("a count is larger than the entry");
            return (int)count;
        }

        public ReadOnlySpan<byte> Bytes(int length)
        {
            if (length < 0 || length > _bytes.Length - _at) throw new FormatException("the entry ends inside a value");
            var bytes = _bytes.Slice(_at, length);
            _at += length;
            return bytes;
        }

        public string Text() => Encoding.UTF8.GetString(Bytes(Count()));

        public string? OptionalText()
        {
            var length = Number();
            if (length == 0) return null;
            if (length - 1 > _bytes.Length - _at) throw new FormatException("the entry ends inside a value");
            return Encoding.UTF8.GetString(Bytes((int)length - 1));
        }
    }
}
