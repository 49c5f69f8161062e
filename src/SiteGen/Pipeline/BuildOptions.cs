namespace SiteGen.Pipeline;

/// <summary>What a run was asked to do: the site root, its config, and command-line overrides.</summary>
public sealed record BuildOptions(
    string SiteRoot,
    string ConfigPath,
    string? OutputOverride = null,
    string? BaseUrlOverride = null);
