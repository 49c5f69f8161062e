using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Diagnostics;

namespace SiteGen.Config;

/// <summary>site.config.json: what the whole site is called, where content lives, where it is published.</summary>
public sealed record SiteConfig
{
    public required SiteTitle Title { get; init; }
    /// <summary>The public address of the site, e.g. https://council.github.io/plans/. Its path is the base path of every link.</summary>
    public string BaseUrl { get; init; } = "/";
    public string Content { get; init; } = "content";
    /// <summary>A theme folder whose templates override the built-in default theme one by one.</summary>
    public string? Theme { get; init; }
    public string Output { get; init; } = "_site";

    public sealed record SiteTitle(string Ja, string En);
}

public static class SiteConfigLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads the config; on a problem reports it with its line and returns null.</summary>
    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var config = JsonSerializer.Deserialize<SiteConfig>(File.ReadAllText(path), Options);
            if (config is null)
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "", "the configuration is empty", "see README.md for an example site.config.json");
                return null;
            }
            if (!BaseUrlIsValid(config.BaseUrl))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "baseUrl", $"`{config.BaseUrl}` is not a site address",
                    "write https://example.org/ or a path such as /plans/");
                return null;
            }
            return config;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var field = e.Path is { Length: > 2 } p ? p[2..] : "";
            diagnostics.Error(new SourceLocation(displayPath, line, column), field, FirstSentence(e.Message),
                "site.config.json takes title {ja, en}, baseUrl, content, theme and output");
            return null;
        }
    }

    public static bool BaseUrlIsValid(string value) =>
        value.StartsWith('/') ||
        (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
