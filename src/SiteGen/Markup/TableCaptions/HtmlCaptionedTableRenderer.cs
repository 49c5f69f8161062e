using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.TableCaptions;

/// <summary>
/// A table as Markdig writes it, with two things its renderer has no place for: the caption, as the table's first child
/// (where HTML requires it), and scope="col" on the header row's cells, which tells screen readers they head columns.
/// </summary>
public sealed class HtmlCaptionedTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            WritePlain(renderer, table);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        if (TableCaptions.CaptionOf(table) is { } caption)
        {
            renderer.Write("<caption>");
            renderer.WriteLeafInline(caption);
            renderer.WriteLine("</caption>");
        }
        WriteColumnWidths(renderer, table);

        var hasBody = false;
        var hasHeader = false;
        var headerOpen = false;
        foreach (var row in table.Cast<TableRow>())
        {
            if (row.IsHeader)
            {
                // One thead: header rows after the first stay in it.
                if (!hasHeader) { renderer.WriteLine("<thead>"); headerOpen = true; }
                hasHeader = true;
            }
            else if (!hasBody)
            {
                if (headerOpen) { renderer.WriteLine("</thead>"); headerOpen = false; }
                renderer.WriteLine("<tbody>");
                hasBody = true;
            }
            WriteRow(renderer, table, row);
        }
        if (hasBody) renderer.WriteLine("</tbody>");
        else if (headerOpen) renderer.WriteLine("</thead>");
        renderer.WriteLine("</table>");
    }

    private static void WriteColumnWidths(HtmlRenderer renderer, Table table)
    {
        if (!table.ColumnDefinitions.Any(column => column.Width != 0.0f && column.Width != 1.0f)) return;
        foreach (var column in table.ColumnDefinitions)
        {
            var width = string.Format(CultureInfo.InvariantCulture, "{0:0.##}", Math.Round(column.Width * 100) / 100);
            renderer.WriteLine($"<col style=\"width:{width}%\" />");
        }
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            renderer.EnsureLine();
            renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
            if (cell.ColumnSpan != 1) renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
            if (cell.RowSpan != 1) renderer.Write($" rowspan=\"{cell.RowSpan}\"");
            renderer.Write(AlignmentStyle(table, cell, i));
            renderer.WriteAttributes(cell);
            renderer.Write('>');
            var implicitParagraph = renderer.ImplicitParagraph;
            // A cell of one paragraph is written without <p>.
            if (cell.Count == 1) renderer.ImplicitParagraph = true;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
        }
        renderer.WriteLine("</tr>");
    }

    private static string AlignmentStyle(Table table, TableCell cell, int index)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0) return "";
        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(index, columns.Count - 1);
        return columns[column].Alignment switch
        {
            TableColumnAlign.Center => " style=\"text-align: center;\"",
            TableColumnAlign.Right => " style=\"text-align: right;\"",
            TableColumnAlign.Left => " style=\"text-align: left;\"",
            _ => "",
        };
    }

    /// <summary>Plain text (no tags): the caption's words on a line of their own, then each cell's followed by a space.</summary>
    private static void WritePlain(HtmlRenderer renderer, Table table)
    {
        if (TableCaptions.CaptionOf(table) is { } caption)
        {
            renderer.WriteLeafInline(caption);
            renderer.EnsureLine();
        }
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        foreach (var row in table.Cast<TableRow>())
        {
            foreach (var cell in row.Cast<TableCell>())
            {
                renderer.Write(cell);
                renderer.Write(' ');
            }
        }
        renderer.ImplicitParagraph = implicitParagraph;
    }
}
