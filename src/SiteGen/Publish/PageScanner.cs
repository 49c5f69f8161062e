using System.Net;

namespace SiteGen.Publish;

/// <summary>An id on a page and the line it is on.</summary>
public readonly record struct PageId(string Id, int Line);

/// <summary>A link on a page: its href as written (entities decoded), its line, and its rel when it is a &lt;link&gt;.</summary>
public readonly record struct PageLink(string Href, int Line, string? Rel);

/// <summary>What the build's checks need to know of one rendered page.</summary>
public sealed record PageFacts(string Path, IReadOnlyList<PageId> Ids, IReadOnlyList<PageLink> Links, IReadOnlyList<string> Problems);

/// <summary>
/// Reads a rendered page once, in one pass, for everything the build checks: ids, links, and the
/// accessibility audit (language, one h1, heading order, image alternatives, table captions and
/// header scope, link names).
/// <para>
/// Why not a full HTML parser: the checks run on every page of every build, and a DOM parse of every
/// page would be a large share of the build (docs/performance.md#one-pass-over-each-page). The pages are SiteGen's own
/// output, written by Razor with every attribute quoted and encoded, so reading tags and attributes
/// is enough. A test reads the whole sample site with AngleSharp as well and requires the same
/// ids, links and problems, so the two cannot drift apart.
/// </para>
/// </summary>
public static class PageScanner
{
    public static PageFacts Scan(string path, string html) => Scan(path, html.AsMemory());

    public static PageFacts Scan(string path, ReadOnlyMemory<char> html) => new Reading(path, html).Run();

    private sealed class Reading(string path, ReadOnlyMemory<char> html)
    {
        public ReadOnlySpan<char> Html => html.Span;
        // Filled page after page on each thread and copied out at the end: lists grown afresh for every page are garbage.
        [ThreadStatic] private static List<PageId>? t_ids;
        [ThreadStatic] private static List<PageLink>? t_links;
        private readonly List<PageId> _ids = Cleared(ref t_ids);
        private readonly List<PageLink> _links = Cleared(ref t_links);
        private readonly List<string> _problems = [];
        private readonly Stack<TableState> _tables = new();
        // One tag object for the whole page, reset at every start tag: a page has thousands of tags.
        private Tag? _tagInstance;
        private Tag _tag => _tagInstance ??= new Tag(this);
        private int _line = 1;
        private int _counted; // html[.._counted] has been counted into _line
        private bool _lang;
        private int _h1;
        private int _previousHeading;
        private int _anchorDepth;       // > 0 inside <a href>
        private bool _anchorHasName;
        private string? _anchorHref;

        private sealed class TableState
        {
            public bool InCaption;
            public bool CaptionHasText;
            public bool HeaderWithoutScope;
        }

        public PageFacts Run()
        {
            var position = 0;
            while (position < html.Length)
            {
                if (!TextMatters && (position = Leap(position)) < 0) break;
                var open = IndexOf('<', position);
                var textEnd = open < 0 ? html.Length : open;
                if (textEnd > position) Text(Html.Slice(position, textEnd - position));
                if (open < 0) break;
                position = Markup(open);
            }
            if (!_lang) _problems.Add($"{path}: html-lang: the page does not declare its language");
            if (_h1 != 1) _problems.Add($"{path}: one-h1: {_h1} h1 elements");
            return new PageFacts(path, _ids.ToArray(), _links.ToArray(), _problems);
        }

        private static List<T> Cleared<T>(ref List<T>? list)
        {
            (list ??= []).Clear();
            return list;
        }

        /// <summary>Reads what starts at <paramref name="open"/> ('&lt;') and returns where scanning continues.</summary>
        private int Markup(int open)
        {
            var span = Html[open..];
            if (span.StartsWith("<!--")) return SkipPast(open + 4, "-->");
            if (span.Length > 1 && span[1] is '!' or '?') return SkipPast(open + 1, ">");
            var closing = span.Length > 1 && span[1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(span[nameEnd - open]) || span[nameEnd - open] == '-')) nameEnd++;
            if (nameEnd == nameStart)
            {
                Text("<"); // a lone '<' in text
                return open + 1;
            }
            var name = Html.Slice(nameStart, nameEnd - nameStart);
            if (closing)
            {
                EndTag(name);
                return SkipPast(nameEnd, ">");
            }
            var tag = _tag.Reset(KnownTag(name) ?? "", open);
            var after = tag.ReadAttributes(nameEnd);
            StartTag(tag);
            // Script and style hold text that is not markup: jump to their end tag.
            if (tag.Name is "script" or "style")
            {
                var end = IndexOf("</" + tag.Name, after, StringComparison.OrdinalIgnoreCase);
                return end < 0 ? html.Length : end;
            }
            return after;
        }

        /// <summary>Whether the text read now is a link's name or a table's caption, the only text the checks read.</summary>
        private bool TextMatters => (_anchorDepth > 0 && !_anchorHasName) || (_tables.TryPeek(out var table) && table.InCaption);

        /// <summary>
        /// Where reading goes on from <paramref name="from"/> while no text matters: at the tag before the next that may
        /// (<see cref="Markers"/>; the end of the open table or link, <see cref="TableEnd"/> and <see cref="LinkEnd"/>); -1
        /// when none is left. Everything before it is tags and text the checks never ask about (divs, spans, cells: most
        /// of a page). An attribute value never holds a '&lt;' (it is escaped), so the '&lt;' before a marker starts its tag.
        /// </summary>
        private int Leap(int from)
        {
            var at = Next(ref _markerAt, from, Markers);
            if (_tables.Count > 0) at = Math.Min(at, Next(ref _tableEndAt, from, TableEnd));
            if (_anchorDepth > 0) at = Math.Min(at, Next(ref _linkEndAt, from, LinkEnd));
            if (at == int.MaxValue) return -1;
            if (Html[at] == '<') return at;
            var before = Html[from..at].LastIndexOf('<');
            return before < 0 ? from : from + before;
        }

        /// <summary>The next of <paramref name="values"/> from <paramref name="from"/>, found again only once reading has passed the last one found.</summary>
        private int Next(ref int found, int from, System.Buffers.SearchValues<string> values)
        {
            if (found < from) found = Html[from..].IndexOfAny(values) is var at and >= 0 ? from + at : int.MaxValue;
            return found;
        }

        private int _markerAt = -1, _tableEndAt = -1, _linkEndAt = -1;

        // The start of every tag the checks read (a longer name with the same start, <thead or <imgs, only stops the leap
        // there), of what hides tags (comments, scripts), and what may be an id; found in one vectorised search. Each is
        // three characters or more: the search then sorts candidates by three, and <span, <td and "hidden" (the most
        // common tags and words of a page) are no longer checked one by one. "<a" ends its name at white space, '/' or '>'.
        // A page has no other "<!" or "<?" that could hide a tag: Markdown's raw HTML is off and the theme writes the rest.
        private static readonly System.Buffers.SearchValues<string> Markers = System.Buffers.SearchValues.Create(
            ["<a ", "<a>", "<a/", "<a\n", "<a\t", "<a\r", "<a\f", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<html",
                "<img", "<table", "<caption", "<th", "<link", "<script", "<style", "<!--",
                "id=", "id ", "id\n", "id\t", "id\r", "id\f"],
            StringComparison.OrdinalIgnoreCase);

        // End tags matter only while their element is open, each searched for alone: among the markers, "</" would stop
        // the search at every end tag of the page. A caption's end needs none: inside a caption no leap is made.
        private static readonly System.Buffers.SearchValues<string> TableEnd = System.Buffers.SearchValues.Create(["</table"], StringComparison.OrdinalIgnoreCase);
        private static readonly System.Buffers.SearchValues<string> LinkEnd = System.Buffers.SearchValues.Create(["</a"], StringComparison.OrdinalIgnoreCase);

        // Only these tags and attributes are ever asked about: the rest (div, span, class, style, data-*)
        // are read past without allocating anything. A switch on the characters, because every tag and
        // attribute of every page goes through here (a plan page has thousands): most names are ruled out
        // by their length or first letter at once. Names are compared in lower case, as HTML does.
        private static string? KnownTag(ReadOnlySpan<char> name) => Lower(name, stackalloc char[8]) switch
        {
            "html" => "html",
            "h1" => "h1",
            "h2" => "h2",
            "h3" => "h3",
            "h4" => "h4",
            "h5" => "h5",
            "h6" => "h6",
            "img" => "img",
            "table" => "table",
            "caption" => "caption",
            "th" => "th",
            "a" => "a",
            "link" => "link",
            "script" => "script",
            "style" => "style",
            _ => null,
        };

        private static string? KnownAttribute(ReadOnlySpan<char> name) => Lower(name, stackalloc char[16]) switch
        {
            "id" => "id",
            "href" => "href",
            "rel" => "rel",
            "lang" => "lang",
            "alt" => "alt",
            "src" => "src",
            "scope" => "scope",
            "aria-label" => "aria-label",
            _ => null,
        };

        /// <summary>The name in lower case (itself when it has no capitals, as SiteGen writes them); empty when too long to be a known one.</summary>
        private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> name, Span<char> room)
        {
            if (name.Length > room.Length) return [];
            if (!name.ContainsAnyInRange('A', 'Z')) return name;
            var length = name.ToLowerInvariant(room);
            return room[..length];
        }

        private int IndexOf(char value, int from)
        {
            var at = Html[from..].IndexOf(value);
            return at < 0 ? -1 : at + from;
        }

        private int IndexOf(string value, int from, StringComparison comparison)
        {
            var at = Html[from..].IndexOf(value, comparison);
            return at < 0 ? -1 : at + from;
        }

        private int SkipPast(int from, string end)
        {
            var at = IndexOf(end, from, StringComparison.Ordinal);
            return at < 0 ? html.Length : at + end.Length;
        }

        private int LineAt(int position)
        {
            if (position > _counted)
            {
                _line += Html.Slice(_counted, position - _counted).Count('\n');
                _counted = position;
            }
            return _line;
        }

        private void Text(ReadOnlySpan<char> text)
        {
            // Text matters only as a link's name or a table's caption.
            var inCaption = _tables.TryPeek(out var table) && table.InCaption;
            if ((_anchorDepth == 0 || _anchorHasName) && !inCaption) return;
            if (text.IsWhiteSpace()) return;
            if (_anchorDepth > 0) _anchorHasName = true;
            if (inCaption) table!.CaptionHasText = true;
        }

        private void StartTag(Tag tag)
        {
            if (tag.Id is { } id) _ids.Add(new PageId(id, tag.Line));
            switch (tag.Name)
            {
                case "html":
                    _lang = tag.HasText("lang");
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var level = tag.Name[1] - '0';
                    if (level == 1) _h1++;
                    if (_previousHeading > 0 && level > _previousHeading + 1)
                        _problems.Add($"{path}: heading-order: h{_previousHeading} is followed by h{level}");
                    _previousHeading = level;
                    break;
                case "img":
                    if (!tag.Has("alt")) _problems.Add($"{path}: img-alt: an image has no alt attribute ({tag.Get("src")})");
                    break;
                case "table":
                    _tables.Push(new TableState());
                    break;
                case "caption" when _tables.TryPeek(out var table):
                    table.InCaption = true;
                    break;
                case "th" when _tables.TryPeek(out var table) && !tag.Has("scope"):
                    table.HeaderWithoutScope = true;
                    break;
                case "a" when tag.Get("href") is { } href:
                    _links.Add(new PageLink(href, tag.Line, null));
                    if (_anchorDepth++ == 0)
                    {
                        _anchorHref = href;
                        _anchorHasName = tag.HasText("aria-label");
                    }
                    break;
                case "link" when tag.Get("href") is { } href:
                    _links.Add(new PageLink(href, tag.Line, tag.Get("rel")));
                    break;
            }
        }

        private void EndTag(ReadOnlySpan<char> name)
        {
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase) && _anchorDepth > 0)
            {
                if (--_anchorDepth == 0 && !_anchorHasName) _problems.Add($"{path}: link-name: a link to {_anchorHref} has no text");
            }
            else if (name.Equals("caption", StringComparison.OrdinalIgnoreCase) && _tables.TryPeek(out var table))
            {
                table.InCaption = false;
            }
            else if (name.Equals("table", StringComparison.OrdinalIgnoreCase) && _tables.TryPop(out var closed))
            {
                if (!closed.CaptionHasText) _problems.Add($"{path}: table-caption: a table has no caption");
                if (closed.HeaderWithoutScope) _problems.Add($"{path}: th-scope: a header cell has no scope");
            }
        }

        /// <summary>
        /// A start tag's attributes, read only as far as the checks need them. The values stay where they
        /// are in the page until one is asked for: only ids, hrefs and a few others ever become strings.
        /// </summary>
        private sealed class Tag(Reading scan)
        {
            private readonly List<(string Name, int Start, int End)> _attributes = [];
            private int _open;

            public string Name { get; private set; } = "";
            public int Line => scan.LineAt(_open);
            public string? Id => Get("id");

            public Tag Reset(string name, int open)
            {
                Name = name;
                _open = open;
                _attributes.Clear();
                return this;
            }

            public bool Has(string attribute) => Find(attribute) >= 0;

            public string? Get(string attribute)
            {
                var at = Find(attribute);
                if (at < 0) return null;
                var (_, start, end) = _attributes[at];
                var value = new string(scan.Html[start..end]);
                return value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
            }

            /// <summary>Whether the attribute is there with something other than white space in it.</summary>
            public bool HasText(string attribute)
            {
                var at = Find(attribute);
                if (at < 0) return false;
                var (_, start, end) = _attributes[at];
                return !scan.Html[start..end].IsWhiteSpace();
            }

            private int Find(string attribute)
            {
                for (var i = 0; i < _attributes.Count; i++)
                    if (_attributes[i].Name == attribute) return i;
                return -1;
            }

            /// <summary>Reads name="value" pairs up to the closing '&gt;'; returns the position after it.</summary>
            public int ReadAttributes(int from)
            {
                var text = scan.Html;
                var i = from;
                while (i < text.Length)
                {
                    while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/')) i++;
                    if (i >= text.Length) break;
                    if (text[i] == '>') return i + 1;
                    var nameStart = i;
                    while (i < text.Length && text[i] is not ('=' or '>' or '/') && !char.IsWhiteSpace(text[i])) i++;
                    var attribute = KnownAttribute(text.Slice(nameStart, i - nameStart));
                    while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                    var (valueStart, valueEnd) = (i, i);
                    if (i < text.Length && text[i] == '=')
                    {
                        i++;
                        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                        if (i < text.Length && text[i] is '"' or '\'')
                        {
                            var end = text[(i + 1)..].IndexOf(text[i]);
                            end = end < 0 ? text.Length : end + i + 1;
                            (valueStart, valueEnd) = (i + 1, end);
                            i = Math.Min(end + 1, text.Length);
                        }
                        else
                        {
                            valueStart = i;
                            while (i < text.Length && text[i] != '>' && !char.IsWhiteSpace(text[i])) i++;
                            valueEnd = i;
                        }
                    }
                    if (attribute is not null) _attributes.Add((attribute, valueStart, valueEnd));
                }
                return text.Length;
            }
        }
    }
}
