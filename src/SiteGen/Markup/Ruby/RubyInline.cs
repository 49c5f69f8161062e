using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Ruby;

/// <summary>
/// <c>{漢字|かんじ}</c> in Markdown. Its children are the base texts as <see cref="LiteralInline"/>s
/// (one for the whole base, or one per character), so anything that reads a heading's text (heading
/// ids) sees the base; <see cref="Readings"/> holds the reading over each child, in order.
/// </summary>
public sealed class RubyInline : ContainerInline
{
    public List<string> Readings { get; } = [];
}
