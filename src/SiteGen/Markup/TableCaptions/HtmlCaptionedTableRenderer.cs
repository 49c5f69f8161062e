using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SiteGen.Markup.TableCaptions;

/// <summary>
/// Markdig's table renderer, with the caption written as the table's first child (where HTML requires
/// it). Markdig's renderer writes the whole table in one method, so a captioned table is rendered into a
/// buffer and the caption put in after its opening tag; tables without a caption are written directly.
/// </summary>
public sealed class HtmlCaptionedTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (TableCaptions.CaptionOf(table) is not { } caption)
        {
            base.Write(renderer, table);
            return;
        }
        if (!renderer.EnableHtmlForBlock)
        {
            // Plain text (no tags): the caption's words stay, on a line of their own above the table's.
            renderer.WriteLeafInline(caption);
            renderer.EnsureLine();
            base.Write(renderer, table);
            return;
        }
        var output = renderer.Writer;
        using var buffer = new StringWriter();
        renderer.Writer = buffer;
        try { base.Write(renderer, table); }
        finally { renderer.Writer = output; }
        var html = buffer.ToString();
        var afterOpenTag = html.IndexOf('>', StringComparison.Ordinal) + 1;
        renderer.Write(html.AsSpan(0, afterOpenTag));
        renderer.WriteLine();
        renderer.Write("<caption>");
        renderer.WriteLeafInline(caption);
        renderer.WriteLine("</caption>");
        // What follows the opening tag starts with its own line break.
        renderer.Write(html.AsSpan(afterOpenTag).TrimStart('\n'));
    }
}
