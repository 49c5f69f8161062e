using System.Text;
using System.Xml;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Feeds;

/// <summary>
/// sitemap.xml with every page in every language, each listing all its language versions
/// (xhtml:link hreflang, reciprocal by construction) and x-default; robots.txt points at it.
/// Sitemaps need absolute addresses, so both are written only when baseUrl names the site's origin.
/// </summary>
public static class SitemapWriter
{
    public static IEnumerable<OutputFile> Write(SiteContext site, IReadOnlyList<PageModel> pages)
    {
        if (site.Urls.Origin is null) yield break;
        yield return new OutputFile("sitemap.xml", Render(site, pages));
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(site.Urls.File("sitemap.xml"))}\n";
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots));
    }

    private static byte[] Render(SiteContext site, IReadOnlyList<PageModel> pages)
    {
        const string sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string xhtml = "http://www.w3.org/1999/xhtml";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", sitemap);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var page in pages.Where(p => p.InSitemap).OrderBy(p => p.UrlIn(p.Language), StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", sitemap);
                xml.WriteElementString("loc", sitemap, page.AbsoluteUrlIn(page.Language));
                if (page.LastModified is { } modified) xml.WriteElementString("lastmod", sitemap, modified.Iso);
                foreach (var language in page.Site.Languages.All)
                    Alternate(xml, xhtml, language.Code, page.AbsoluteUrlIn(language));
                Alternate(xml, xhtml, "x-default", page.AbsoluteUrlIn(Language.Ja));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void Alternate(XmlWriter xml, string ns, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", ns);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
