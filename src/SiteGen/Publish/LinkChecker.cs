using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;

namespace SiteGen.Publish;

/// <summary>
/// Reads the rendered pages back with an HTML parser and checks what a renderer can get wrong:
/// every id on a page is unique, and every internal link and #fragment points at something that exists.
/// A broken link fails the build and names the page (and the content file it came from).
/// </summary>
public static class LinkChecker
{
    public static void Check(IReadOnlyList<OutputFile> files, string basePath, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var existing = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.IsHtml)
            .AsParallel()
            .Select(f =>
            {
                var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content));
                var ids = document.QuerySelectorAll("[id]").Select(e => (Id: e.Id!, Line: e.SourceReference?.Position.Line ?? 1)).ToList();
                var links = document.QuerySelectorAll("a[href], link[href]")
                    .Select(e => (Href: e.GetAttribute("href")!, Line: e.SourceReference?.Position.Line ?? 1, Rel: e.GetAttribute("rel")))
                    .ToList();
                return (File: f, Ids: ids, Links: links);
            })
            .ToList();
        var idsByPage = pages.ToDictionary(p => p.File.Path, p => p.Ids.Select(i => i.Id).ToHashSet(StringComparer.Ordinal));

        foreach (var (file, ids, links) in pages)
        {
            var where = file.SourcePath is null ? "" : $" (from {file.SourcePath})";
            foreach (var duplicate in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
                diagnostics.Error(new SourceLocation(file.Path, duplicate.Skip(1).First().Line, 1), "id",
                    $"the id `{duplicate.Key}` is used {duplicate.Count()} times on this page{where}",
                    "give each heading, goal, action and table its own id");

            foreach (var (href, line, rel) in links)
            {
                if (rel is "canonical" or "alternate") continue; // absolute addresses of this same site, checked as pages
                var target = Resolve(file.Path, href, basePath);
                if (target is null) continue; // external
                var (path, fragment) = target.Value;
                if (!existing.Contains(path))
                {
                    diagnostics.Error(new SourceLocation(file.Path, line, 1), "link",
                        $"the link `{href}` points to a page that does not exist{where}",
                        "check the slug or area id in the link; internal links start with /ja/ or /en/");
                    continue;
                }
                if (fragment.Length > 0 && idsByPage.TryGetValue(path, out var targetIds) && !targetIds.Contains(fragment))
                    diagnostics.Error(new SourceLocation(file.Path, line, 1), "link",
                        $"the link `{href}` points to #{fragment}, which is not on {path}{where}",
                        "link to a heading or item that exists");
            }
        }
    }

    /// <summary>The output file and fragment an internal link points at, or null for an external link.</summary>
    public static (string Path, string Fragment)? Resolve(string fromPage, string href, string basePath)
    {
        if (href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal)) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return null;
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : "";
        var pathPart = hash >= 0 ? href[..hash] : href;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];

        string path;
        if (pathPart.Length == 0) path = fromPage;
        else if (pathPart.StartsWith('/'))
        {
            if (!pathPart.StartsWith(basePath, StringComparison.Ordinal) && pathPart + "/" != basePath) return ("(outside the site) " + pathPart, fragment);
            path = pathPart.Length <= basePath.Length ? "" : pathPart[basePath.Length..];
        }
        else
        {
            var directory = fromPage.Contains('/') ? fromPage[..(fromPage.LastIndexOf('/') + 1)] : "";
            path = Normalise(directory + pathPart);
        }
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return (path, fragment);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
