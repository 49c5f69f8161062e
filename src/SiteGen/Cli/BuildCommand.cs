namespace SiteGen.Cli;

public static class BuildCommand
{
    public static int Run(string configPath, string? output, string? baseUrl, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("build: not yet implemented");
        return ExitCodes.UsageError;
    }
}
