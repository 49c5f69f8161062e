using SiteGen.Content.Yaml;

namespace SiteGen.Content;

/// <summary>
/// A content file split into its YAML front matter and its Markdown body, with the line numbers
/// needed to point council staff at the exact place of a mistake.
/// </summary>
public sealed record SourceDocument(
    string RelativePath,
    YamlMappingNode? FrontMatter,
    int FrontMatterFirstLine,
    string Body,
    int BodyFirstLine);
