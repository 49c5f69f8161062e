namespace SiteGen.Publish;

/// <summary>One file of the built site, held in memory until every check has passed.</summary>
public sealed record OutputFile(string Path, byte[] Content, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// Writes the file's bytes to a stream instead of holding them (<see cref="Content"/> is then empty):
    /// the whole-site data files of a 10,000-plan portal are hundreds of megabytes each, and holding them
    /// (and the buffers that grew to make them) at once would take the build past its memory target
    /// (docs/performance.md#fewer-files-folders-and-system-calls).
    /// </summary>
    public Action<Stream>? Writer { get; private init; }

    public static OutputFile Streamed(string path, Action<Stream> writer) => new(path, []) { Writer = writer };

    /// <summary>The file's bytes, made now if the file is streamed.</summary>
    public byte[] Bytes()
    {
        if (Writer is null) return Content;
        using var buffer = new MemoryStream();
        Writer(buffer);
        return buffer.ToArray();
    }
}
