using System.Text.RegularExpressions;

namespace SiteGen.Markup;

/// <summary>Whether a field's text has block structure (paragraphs, lists) and so is rendered as Markdown rather than as one paragraph.</summary>
public static partial class ProseBlocks
{
    public static bool HasBlocks(string text) => text.Contains('\n') && Blocks().IsMatch(text);

    // A blank line between paragraphs, or a line that starts a list item.
    [GeneratedRegex(@"\n[ \t]*\n|(^|\n)[ \t]*([-*+]|\d{1,3}[.)])[ \t]")]
    private static partial Regex Blocks();
}
