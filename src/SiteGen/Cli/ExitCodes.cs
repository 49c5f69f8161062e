namespace SiteGen.Cli;

/// <summary>The exit codes scripts and CI rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The content has errors; nothing was written.</summary>
    public const int ContentErrors = 1;
    /// <summary>The command line or the configuration file could not be used.</summary>
    public const int UsageError = 2;
}
