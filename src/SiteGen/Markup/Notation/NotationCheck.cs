using SiteGen.Markup.Lines;
using SiteGen.Diagnostics;
using SiteGen.I18n;

namespace SiteGen.Markup.Notation;

/// <summary>Warns at each line of a narrative that departs from the site's notation (<see cref="NotationRules"/>); code is left alone.</summary>
public static class NotationCheck
{
    public static void Check(string? markdown, Language language, string file, int firstLine, string field, DiagnosticBag diagnostics)
    {
        if (markdown is null) return;
        foreach (var (i, line) in ProseLines.Of(markdown))
        {
            if (line.Contains('`')) continue;
            foreach (var problem in NotationRules.Find(line, language))
                diagnostics.Warning(new SourceLocation(file, firstLine + i, problem.Index + 1), field, problem.Message, problem.Hint);
        }
    }
}
