namespace SiteGen.Publish;

/// <summary>One file of the built site, held in memory until every check has passed.</summary>
public sealed record OutputFile(string Path, byte[] Content, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
