using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Content;

/// <summary>
/// When each content file was last committed, read from git in one call per build. A plan's
/// "last updated" date must be true: when the content does not say (`updated:`), the commit that
/// last touched the plan's files does. Outside a git checkout (or without git) this is empty.
/// </summary>
public static class GitHistory
{
    public static IReadOnlyDictionary<string, DateOnly> LastCommitDates(string siteRoot, string contentDir)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git", ["-C", siteRoot, "log", "--format=@%cs", "--name-only", "--relative", "--", contentDir])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null) return dates;
            DateOnly? current = null;
            // Newest commits come first, so the first date seen for a file is its last change.
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('@'))
                    current = DateOnly.ParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                else if (line.Length > 0 && current is { } date)
                    dates.TryAdd(line, date);
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? dates : new Dictionary<string, DateOnly>();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return dates; // git is not installed
        }
    }
}
