namespace SiteGen.Markup.Lines;

/// <summary>The lines of a Markdown text that line-scanning checks read: fenced code is left out.</summary>
public static class ProseLines
{
    /// <summary>Each non-blank line outside fenced code, with its 0-based index; a fence's own ``` lines are given (they are content).</summary>
    public static IEnumerable<(int Index, string Line)> Of(string markdown)
    {
        var lines = markdown.Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var start = line.TrimStart();
            var fence = start.StartsWith("```", StringComparison.Ordinal) || start.StartsWith("~~~", StringComparison.Ordinal);
            if (fence) fenced = !fenced;
            if (fence || !fenced && !string.IsNullOrWhiteSpace(line)) yield return (i, line);
        }
    }
}
