using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>A built site on disk, read back with an HTML parser.</summary>
public sealed class BuiltSite(string folder)
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IHtmlDocument> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string Folder { get; } = folder;

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Folder, relativePath));

    public string Text(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public IReadOnlyList<string> HtmlFiles =>
        Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IHtmlDocument Page(string relativePath)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(relativePath, out var document))
            {
                Assert.True(Exists(relativePath), $"{relativePath} was not written");
                document = Parser.ParseDocument(Text(relativePath));
                _cache[relativePath] = document;
            }
            return document;
        }
    }
}

public static class HtmlExtensions
{
    /// <summary>Text with runs of whitespace collapsed, as a reader sees it.</summary>
    public static string Squash(this string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The text as a reader sees it at first: furigana readings (rt, rp) are hidden until the visitor turns them on.</summary>
    public static string SquashedText(this INode node) => ReadText(node).Squash();

    private static string ReadText(INode node)
    {
        if (node is not IElement element || element.QuerySelector("rt, rp") is null) return node.TextContent ?? "";
        var text = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
            if (child is not IElement { LocalName: "rt" or "rp" }) text.Append(ReadText(child));
        return text.ToString();
    }

    /// <summary>The language an element is in: its own or its nearest ancestor's lang attribute.</summary>
    public static string? LanguageOf(this INode node)
    {
        for (var e = node as IElement ?? node.ParentElement; e is not null; e = e.ParentElement)
        {
            var lang = e.GetAttribute("lang");
            if (lang is not null) return lang;
        }
        return null;
    }

    /// <summary>
    /// The innermost elements under <paramref name="root"/> whose text holds <paramref name="text"/>: a text may be
    /// several text nodes (a &lt;wbr&gt; between its phrases), but it is in one element.
    /// </summary>
    public static IEnumerable<IElement> ElementsHolding(this INode root, string text)
    {
        foreach (var child in root.ChildNodes.OfType<IElement>())
        {
            if (!child.TextContent.Contains(text, StringComparison.Ordinal)) continue;
            var inner = child.ElementsHolding(text).ToList();
            if (inner.Count == 0) yield return child;
            else foreach (var element in inner) yield return element;
        }
    }

    /// <summary>All text nodes under <paramref name="root"/>.</summary>
    public static IEnumerable<IText> TextNodes(this INode root)
    {
        foreach (var child in root.ChildNodes)
        {
            if (child is IText text) yield return text;
            foreach (var nested in child.TextNodes()) yield return nested;
        }
    }
}

/// <summary>Page HTML as a reader reads it: without the &lt;wbr&gt; and phrase boxes that only steer line breaks.</summary>
public static partial class Unbroken
{
    public static string Html(string html) => PhraseBox().Replace(html.Replace("<wbr>", "", StringComparison.Ordinal), "$1");

    [System.Text.RegularExpressions.GeneratedRegex("<span class=\"phrase\">(.*?)</span>")]
    private static partial System.Text.RegularExpressions.Regex PhraseBox();
}
