namespace SiteGen.Caching;

/// <summary>
/// Where SiteGen keeps what one run can reuse in the next (compiled templates, what was read of the
/// pages it wrote). Nothing in it is needed: delete it and the next build makes it again.
/// </summary>
public static class CacheFolder
{
    /// <summary>
    /// <c>$SITEGEN_CACHE</c>, else <c>$XDG_CACHE_HOME/sitegen</c>, else <c>~/.cache/sitegen</c>;
    /// null (keep nothing between runs) when there is no home folder.
    /// </summary>
    public static string? Default() => Resolve(Environment.GetEnvironmentVariable,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static string? Resolve(Func<string, string?> environment, string? home)
    {
        if (NonEmpty(environment("SITEGEN_CACHE")) is { } explicitFolder) return explicitFolder;
        if (NonEmpty(environment("XDG_CACHE_HOME")) is { } xdg) return Path.Combine(xdg, "sitegen");
        if (NonEmpty(home) is { } homeFolder) return Path.Combine(homeFolder, ".cache", "sitegen");
        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
