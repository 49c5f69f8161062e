using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Caching;

/// <summary>Makes a value from an entry's bytes, or returns null when they are not an encoding of one.</summary>
public delegate T? EntryDecoder<T>(ReadOnlySpan<byte> entry) where T : class;

/// <summary>Writes a value as an entry's bytes.</summary>
public delegate void EntryEncoder<in T>(T value, IBufferWriter<byte> entry);

/// <summary>
/// A file of entries kept from one run to the next: each entry is what was made from one input (a page,
/// a front matter), filed under the input's name with a 128-bit hash of the input's exact content, so
/// that an entry is only ever handed back for the very input it was made from.
/// <para>
/// A run reads the last run's file and writes a new one as it goes, beside it; <see cref="Save"/> puts
/// the new one in the old one's place (a rename), so a run that fails or is stopped leaves the old file
/// as it was. Entries the run did not ask for are not carried over. Layout: a header (the kind's magic,
/// the program identity), the entries, then the index (name, input hash, where the entry is, its
/// checksum) and a trailer saying where the index is. The program identity (SiteGen's module version id,
/// which changes with every change to the code) is part of the header: a new program, which may make
/// something else of the same input, starts afresh.
/// </para>
/// Nothing here can fail a run: a file that cannot be read, is cut off, fails a checksum or comes from
/// another program is as if it were not there, and a folder that cannot be written keeps nothing.
/// </summary>
public sealed class EntryFile : IDisposable
{
    private static readonly byte[] Identity = typeof(EntryFile).Assembly.ManifestModule.ModuleVersionId.ToByteArray();
    /// <summary>Index offset (8), index length (4), index checksum (8), magic (8).</summary>
    private const int TrailerLength = 28;
    private const int EntryFixedLength = 16 + 8 + 4 + 8;
    /// <summary>Files not written for this long belong to sites or output folders no one builds any more.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>Where an entry is in a file, and what it was made from.</summary>
    private readonly record struct Entry(UInt128 InputHash, long Offset, int Length, ulong Check);

    private readonly string _file;
    private readonly byte[] _magic;
    private readonly SafeFileHandle? _old;
    private readonly Dictionary<string, Entry> _oldEntries;
    private readonly Dictionary<string, Entry> _newEntries = new(StringComparer.Ordinal);
    private readonly Lock _writing = new();
    private FileStream? _new;
    private string? _newPath;
    private int _reused, _made;

    private int HeaderLength => _magic.Length + Identity.Length;

    private EntryFile(string file, byte[] magic, SafeFileHandle? old, Dictionary<string, Entry> oldEntries)
    {
        _file = file;
        _magic = magic;
        _old = old;
        _oldEntries = oldEntries;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            _newPath = file + "." + Path.GetRandomFileName() + ".tmp";
            _new = new FileStream(_newPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
            _new.Write(magic);
            _new.Write(Identity);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
    }

    /// <summary>Entries handed back from the last run's file.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Entries made in this run (<see cref="Write"/>).</summary>
    public int Made => Volatile.Read(ref _made);

    /// <summary>
    /// Opens the file the last run left at <paramref name="file"/> (none, if it is not there or does not
    /// read) and starts the new one. <paramref name="magic"/> (8 bytes) tells one kind of file from another.
    /// </summary>
    public static EntryFile Open(string file, ReadOnlySpan<byte> magic)
    {
        if (magic.Length != 8) throw new ArgumentException("a kind's magic is 8 bytes", nameof(magic));
        var kind = magic.ToArray();
        SafeFileHandle? handle = null;
        try
        {
            // Delete shared: the finished new file is renamed over this one while it is still open.
            handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (ReadIndex(handle, kind) is { } entries) return new EntryFile(file, kind, handle, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        handle?.Dispose();
        return new EntryFile(file, kind, null, new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    /// <summary>
    /// The value the last run filed under <paramref name="name"/> for an input whose hash is
    /// <paramref name="inputHash"/>, or null (nothing filed, another input, a damaged entry). An entry
    /// handed back is kept in the new file. Safe to call from many threads at once.
    /// </summary>
    public T? Read<T>(string name, UInt128 inputHash, EntryDecoder<T> decode) where T : class
    {
        // The old index is only ever read once opened: many threads may look in it at once.
        if (!_oldEntries.TryGetValue(name, out var known) || known.InputHash != inputHash) return null;
        var rented = ArrayPool<byte>.Shared.Rent(known.Length);
        try
        {
            var bytes = rented.AsSpan(0, known.Length);
            if (RandomAccess.Read(_old!, bytes, known.Offset) != known.Length || XxHash3.HashToUInt64(bytes) != known.Check) return null;
            if (decode(bytes) is not { } value) return null;
            Append(name, inputHash, bytes);
            Interlocked.Increment(ref _reused);
            return value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Files <paramref name="value"/>, made in this run from an input whose hash is <paramref name="inputHash"/>,
    /// under <paramref name="name"/>; it is encoded only when the new file is being written.
    /// </summary>
    public void Write<T>(string name, UInt128 inputHash, T value, EntryEncoder<T> encode)
    {
        Interlocked.Increment(ref _made);
        if (Volatile.Read(ref _new) is null) return;
        // Encoded into one buffer per thread, then copied into the file: an array per entry is garbage on every page.
        var entry = t_entry ??= new ArrayBufferWriter<byte>(16 * 1024);
        entry.ResetWrittenCount();
        encode(value, entry);
        Append(name, inputHash, entry.WrittenSpan);
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_entry;

    /// <summary>
    /// The file of one kind (<paramref name="kind"/>, also its folder in <paramref name="cacheFolder"/>) kept
    /// for <paramref name="forFolder"/> (a site's content folder, a build's output folder): named by a hash of
    /// the folder's full path, so that each has its own.
    /// </summary>
    public static string FileFor(string cacheFolder, string kind, string forFolder, string extension)
    {
        var key = XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(forFolder)));
        return Path.Combine(cacheFolder, kind, key.ToString("x16") + extension);
    }

    private void Append(string name, UInt128 inputHash, ReadOnlySpan<byte> entry)
    {
        if (entry.IsEmpty) return; // an index never points at nothing: such a file would be read as broken
        var check = XxHash3.HashToUInt64(entry);
        lock (_writing)
        {
            if (_new is null) return;
            try
            {
                _newEntries[name] = new Entry(inputHash, _new.Position, entry.Length, check);
                _new.Write(entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Abandon();
            }
        }
    }

    /// <summary>Finishes the new file and puts it in the old one's place.</summary>
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
                _magic.CopyTo(trailer.AsSpan(20));
                _new.Write(index);
                _new.Write(trailer);
                _new.Dispose();
                _new = null;
                File.Move(_newPath, _file, overwrite: true);
                _newPath = null;
                Prune(Path.GetDirectoryName(_file)!, Path.GetExtension(_file));
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
        EntryCoding.WriteNumber(writer, (uint)entries.Count);
        Span<byte> fixedPart = stackalloc byte[EntryFixedLength];
        foreach (var (name, entry) in entries)
        {
            EntryCoding.WriteText(writer, name);
            BinaryPrimitives.WriteUInt128LittleEndian(fixedPart, entry.InputHash);
            BinaryPrimitives.WriteInt64LittleEndian(fixedPart[16..], entry.Offset);
            BinaryPrimitives.WriteInt32LittleEndian(fixedPart[24..], entry.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(fixedPart[28..], entry.Check);
            writer.Write(fixedPart);
        }
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>The index of a file, or null when it is not a whole file of this kind written by this program.</summary>
    private static Dictionary<string, Entry>? ReadIndex(SafeFileHandle handle, byte[] magic)
    {
        var headerLength = magic.Length + Identity.Length;
        var length = RandomAccess.GetLength(handle);
        if (length < headerLength + TrailerLength) return null;
        Span<byte> header = stackalloc byte[headerLength];
        Span<byte> trailer = stackalloc byte[TrailerLength];
        if (RandomAccess.Read(handle, header, 0) != headerLength || RandomAccess.Read(handle, trailer, length - TrailerLength) != TrailerLength) return null;
        if (!header[..magic.Length].SequenceEqual(magic) || !header[magic.Length..].SequenceEqual(Identity) || !trailer[20..].SequenceEqual(magic)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var indexLength = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (indexOffset < headerLength || indexLength < 0 || indexOffset + indexLength != length - TrailerLength) return null;
        var index = new byte[indexLength];
        if (RandomAccess.Read(handle, index, indexOffset) != indexLength || XxHash3.HashToUInt64(index) != BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..])) return null;
        try
        {
            var reader = new EntryCoding.Reader(index);
            var count = reader.Count();
            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = reader.Text();
                var fixedPart = reader.Bytes(EntryFixedLength);
                var entry = new Entry(BinaryPrimitives.ReadUInt128LittleEndian(fixedPart), BinaryPrimitives.ReadInt64LittleEndian(fixedPart[16..]),
                    BinaryPrimitives.ReadInt32LittleEndian(fixedPart[24..]), BinaryPrimitives.ReadUInt64LittleEndian(fixedPart[28..]));
                if (entry.Offset < headerLength || entry.Length <= 0 || entry.Offset + entry.Length > indexOffset) return null;
                entries[name] = entry;
            }
            return reader.AtEnd ? entries : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Deletes files of this kind not written for a month, and new files a stopped run left behind.</summary>
    private static void Prune(string folder, string extension)
    {
        var stale = DateTime.UtcNow - Unused;
        var abandoned = DateTime.UtcNow - TimeSpan.FromDays(1);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            try
            {
                var written = File.GetLastWriteTimeUtc(file);
                if ((file.EndsWith(extension, StringComparison.Ordinal) && written < stale) || (file.EndsWith(".tmp", StringComparison.Ordinal) && written < abandoned))
                    File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // another run may have removed it first
        }
    }
}
