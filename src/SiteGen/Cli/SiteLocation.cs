using SiteGen.Config;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Finds the site root (the folder of the config file) and reads the config.</summary>
public static class SiteLocation
{
    public static (string Root, SiteConfig? Config, int ExitCode) Open(string configPath, TextWriter stderr)
    {
        var fullPath = Path.GetFullPath(configPath);
        if (!File.Exists(fullPath))
        {
            stderr.WriteLine($"error: the configuration file {configPath} does not exist. Run from the site folder, or pass --config PATH.");
            return ("", null, ExitCodes.UsageError);
        }
        var root = Path.GetDirectoryName(fullPath)!;
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(fullPath, Path.GetFileName(fullPath), diagnostics);
        Reporter.Print(diagnostics.Sorted(), stderr);
        return (root, config, config is null ? ExitCodes.UsageError : ExitCodes.Success);
    }
}
