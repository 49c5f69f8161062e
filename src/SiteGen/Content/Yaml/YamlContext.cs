using SiteGen.Diagnostics;

namespace SiteGen.Content.Yaml;

/// <summary>Where a YAML tree came from, so a node can be turned back into file:line:column.</summary>
public sealed class YamlContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) =>
        new(File, node.Line, node.Column);

    public int LineOf(YamlNode node) => At(node).Line;

    public void Error(YamlNode node, string field, string message, string? hint = null) =>
        Diagnostics.Error(At(node), field, message, hint);

    public void Warning(YamlNode node, string field, string message, string? hint = null) =>
        Diagnostics.Warning(At(node), field, message, hint);
}
