using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SiteGen.Caching;

namespace SiteGen.Content.Yaml;

/// <summary>
/// The YAML trees of a site's front matters that only the full parser reads, kept on disk from one build to
/// the next, so that a build runs that parser again only on the front matters that changed.
/// <para>
/// Why: SharpYaml's parse is several times dearer than <see cref="PlainYamlReader"/>'s, which reads the
/// shape plans are written in straight into a tree; decoding a kept tree costs about what that direct read
/// does, so front matters in that shape are read directly at every build and never kept
/// (docs/performance.md#kept-between-runs-yaml-trees-and-page-facts). The tree
/// <see cref="YamlTreeReader"/> makes is a function of the YAML text and the line it starts on alone, so
/// an entry filed under the file's path with a 128-bit hash (XxHash128) of exactly that is the tree
/// itself; the binders then read and check it as they read a freshly parsed one, with the same
/// positions, so every mistake is reported as before. YAML that does not parse is never kept: it is
/// parsed (and its mistake reported) at every build.
/// </para>
/// One <see cref="EntryFile"/> per site (named by a hash of its content folder's full path) in the
/// <c>yaml</c> folder of the <see cref="CacheFolder"/>.
/// </summary>
public sealed class YamlTreeCache : IDisposable
{
    private static readonly byte[] Magic = "SGYT02\n\0"u8.ToArray();

    private readonly EntryFile _entries;

    private YamlTreeCache(EntryFile entries) => _entries = entries;

    /// <summary>Front matters whose tree came from the cache.</summary>
    public int Reused => _entries.Reused;

    /// <summary>Front matters the full parser read (and whose trees were kept).</summary>
    public int Parsed => _entries.Made;

    /// <summary>Front matters read directly (<see cref="PlainYamlReader"/>), which are never kept.</summary>
    public int ReadDirectly => Volatile.Read(ref _readDirectly);

    private int _readDirectly;

    /// <summary>The cache file for the site whose content is in <paramref name="contentFolder"/>, in <paramref name="cacheFolder"/>.</summary>
    public static string FileFor(string cacheFolder, string contentFolder) => EntryFile.FileFor(cacheFolder, "yaml", contentFolder, ".trees");

    public static YamlTreeCache Open(string cacheFolder, string contentFolder) =>
        new(EntryFile.Open(FileFor(cacheFolder, contentFolder), Magic));

    /// <summary>The trees kept for <paramref name="contentFolder"/>; null when <paramref name="caches"/> keep nothing on disk.</summary>
    public static YamlTreeCache? Open(Caches caches, string contentFolder) =>
        caches.Folder is { } folder ? Open(folder, contentFolder) : null;

    /// <summary>
    /// A <see cref="ReadTree"/>: what <see cref="YamlTreeReader.Read"/> makes of <paramref name="yaml"/> (from the file at
    /// <paramref name="relativePath"/>, starting on <paramref name="firstLine"/>): read directly when it is in
    /// the plain shape, else the kept tree when the text is the same, else parsed and kept. Safe to call from
    /// many threads at once.
    /// </summary>
    /// <exception cref="YamlSyntaxException">As <see cref="YamlTreeReader.Read"/>.</exception>
    public YamlNode? Read(string relativePath, string yaml, int firstLine)
    {
        if (PlainYamlReader.TryRead(yaml, firstLine, out var plain))
        {
            Interlocked.Increment(ref _readDirectly);
            return plain;
        }
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(yaml.AsSpan()), seed: firstLine);
        if (_entries.Read(relativePath, hash, YamlTreeCoding.Decode) is { } kept) return kept.Root;
        var tree = YamlTreeReader.ReadWithParser(yaml, firstLine);
        _entries.Write(relativePath, hash, tree, YamlTreeCoding.Encode);
        return tree;
    }

    public void Save() => _entries.Save();

    public void Dispose() => _entries.Dispose();
}

/// <summary>
/// A YAML tree as a cache entry (<see cref="EntryCoding"/>) and back. Nodes are written first to last (a
/// node, then what it holds). A node that appears more than once (an alias shares its anchor's node) is
/// written whole where it first appears, marked and numbered, and as its number after that, so the tree
/// read back shares it too and stays as small; the other nodes, nearly all of them, carry no number.
/// </summary>
internal static class YamlTreeCoding
{
    private const byte Empty = 0, Plain = 1, Quoted = 2, Mapping = 3, Sequence = 4, Shared = 5;
    /// <summary>Added to a node's kind where a node that appears again later is written whole.</summary>
    private const byte Numbered = 0x80;
    /// <summary>Deeper than SharpYaml lets any YAML nest: an entry deeper than this is broken.</summary>
    private const int MaxDepth = 200;

    /// <summary>A decoded tree (a class, so that "no entry" and "an empty document" differ).</summary>
    public sealed record Tree(YamlNode? Root);

    public static void Encode(YamlNode? root, IBufferWriter<byte> writer)
    {
        if (root is null)
        {
            writer.Write([Empty]);
            return;
        }
        var shared = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        FindShared(root, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance), shared);
        Write(writer, root, shared.Count > 0 ? shared : null, new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance));
    }

    private static void FindShared(YamlNode node, HashSet<YamlNode> seen, HashSet<YamlNode> shared)
    {
        if (!seen.Add(node))
        {
            shared.Add(node);
            return; // what it holds was walked the first time
        }
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children) { FindShared(key, seen, shared); FindShared(value, seen, shared); }
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children) FindShared(item, seen, shared);
                break;
        }
    }

    /// <param name="shared">The nodes that appear more than once; null when none does.</param>
    private static void Write(IBufferWriter<byte> writer, YamlNode node, HashSet<YamlNode>? shared, Dictionary<YamlNode, int> numbers)
    {
        if (shared is not null && numbers.TryGetValue(node, out var number))
        {
            writer.Write([Shared]);
            EntryCoding.WriteNumber(writer, (uint)number);
            return;
        }
        var kind = node switch { YamlScalarNode { IsPlain: true } => Plain, YamlScalarNode => Quoted, YamlMappingNode => Mapping, _ => Sequence };
        if (shared is not null && shared.Contains(node))
        {
            numbers[node] = numbers.Count;
            kind |= Numbered;
        }
        writer.Write([kind]);
        EntryCoding.WriteNumber(writer, (uint)node.Line);
        EntryCoding.WriteNumber(writer, (uint)node.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                EntryCoding.WriteText(writer, scalar.Value);
                break;
            case YamlMappingNode map:
                EntryCoding.WriteNumber(writer, (uint)map.Children.Count);
                foreach (var (key, value) in map.Children)
                {
                    Write(writer, key, shared, numbers);
                    Write(writer, value, shared, numbers);
                }
                break;
            case YamlSequenceNode list:
                EntryCoding.WriteNumber(writer, (uint)list.Children.Count);
                foreach (var item in list.Children) Write(writer, item, shared, numbers);
                break;
        }
    }

    public static Tree? Decode(ReadOnlySpan<byte> entry)
    {
        try
        {
            var reader = new EntryCoding.Reader(entry);
            if (entry.Length == 1 && entry[0] == Empty) return new Tree(null);
            List<YamlNode>? numbered = null;
            var root = Read(ref reader, ref numbered, 0);
            return reader.AtEnd ? new Tree(root) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static YamlNode Read(ref EntryCoding.Reader reader, ref List<YamlNode>? numbered, int depth)
    {
        if (depth > MaxDepth) throw new FormatException("the tree is nested too deeply");
        var kind = reader.Byte();
        if (kind == Shared)
        {
            var number = reader.Number();
            return numbered is not null && number < numbered.Count ? numbered[(int)number] : throw new FormatException("a shared node that was not read before");
        }
        var isNumbered = (kind & Numbered) != 0;
        kind = (byte)(kind & ~Numbered);
        var (line, column) = ((int)reader.Number(), (int)reader.Number());
        YamlNode node;
        switch (kind)
        {
            case Plain or Quoted:
                node = new YamlScalarNode(reader.Text(), kind == Plain, line, column);
                if (isNumbered) (numbered ??= []).Add(node);
                return node;
            case Mapping:
            {
                var count = reader.Count();
                var map = new YamlMappingNode(line, column, count);
                // Numbered before what it holds, as the writer numbered it.
                if (isNumbered) (numbered ??= []).Add(map);
                for (; count > 0; count--)
                {
                    var key = Read(ref reader, ref numbered, depth + 1);
                    map.Add(key, Read(ref reader, ref numbered, depth + 1));
                }
                return map;
            }
            case Sequence:
            {
                var count = reader.Count();
                var list = new YamlSequenceNode(line, column, count);
                if (isNumbered) (numbered ??= []).Add(list);
                for (; count > 0; count--) list.Add(Read(ref reader, ref numbered, depth + 1));
                return list;
            }
            default:
                throw new FormatException("not a kind of node");
        }
    }
}
