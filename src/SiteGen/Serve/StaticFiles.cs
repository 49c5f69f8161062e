namespace SiteGen.Serve;

/// <summary>
/// Maps a request path to a file of the built site the way GitHub Pages does: the site lives under its
/// base path, /dir/ serves dir/index.html, /dir redirects to /dir/, anything else is 404.html with status 404.
/// </summary>
public static class StaticFiles
{
    public abstract record Answer;
    /// <summary>Serve this file with this status.</summary>
    public sealed record FileAnswer(string File, int Status) : Answer;
    /// <summary>Send the browser to this path (a folder without its slash, or the root of a site with a base path).</summary>
    public sealed record RedirectAnswer(string Location) : Answer;
    /// <summary>Not found, and the site has no 404.html (it was never built).</summary>
    public sealed record MissingAnswer : Answer;

    /// <param name="outputDirectory">The built site.</param>
    /// <param name="basePath">"/" or "/plans/": where the site lives on the server.</param>
    /// <param name="requestPath">The decoded path of the request, starting with "/".</param>
    public static Answer Resolve(string outputDirectory, string basePath, string requestPath)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            // "/" or "/plans" on a site published under /plans/: that is where the reader meant to go.
            if (requestPath == "/" || requestPath == basePath.TrimEnd('/')) return new RedirectAnswer(basePath);
            return NotFound(root);
        }

        var relative = requestPath[basePath.Length..];
        if (relative.Contains('\0')) return NotFound(root);
        var file = Path.GetFullPath(Path.Combine(root, relative));
        // Never outside the output folder (../, encoded slashes), never a hidden file.
        if (!(file + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal)) return NotFound(root);
        if (Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.') && s != ".")) return NotFound(root);

        if (Directory.Exists(file))
        {
            if (!requestPath.EndsWith('/')) return new RedirectAnswer(requestPath + "/");
            file = Path.Combine(file, "index.html");
        }
        if (File.Exists(file)) return new FileAnswer(file, 200);
        if (!relative.EndsWith('/') && File.Exists(file + ".html")) return new FileAnswer(file + ".html", 200);
        return NotFound(root);
    }

    private static Answer NotFound(string root)
    {
        var page = Path.Combine(root, "404.html");
        return File.Exists(page) ? new FileAnswer(page, 404) : new MissingAnswer();
    }

    /// <summary>The Content-Type of a file of the site, by its extension.</summary>
    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" or ".map" => "application/json; charset=utf-8",
        ".jsonld" => "application/ld+json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".atom" => "application/atom+xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        ".wasm" => "application/wasm",
        ".pdf" => "application/pdf",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };

    public static bool IsHtml(string file) => Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
}
