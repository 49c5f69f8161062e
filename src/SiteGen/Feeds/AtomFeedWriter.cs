using System.Text;
using System.Xml;
using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Feeds;

/// <summary>
/// /&lt;lang&gt;/feed.xml: an Atom feed of plan updates per language. Ids are tag URIs built from the
/// plan's slug, the kind of update and its date, so they never change between builds; `updated`
/// is the newest entry's date, never the build time, so an unchanged site gives an unchanged feed.
/// An evaluation's id names the fiscal year evaluated instead of the date: correcting a mistyped
/// `evaluated:` date must not make feed readers show the same evaluation twice.
/// </summary>
public static class AtomFeedWriter
{
    /// <summary>
    /// The newest this many updates. A reader polls the feed for what is new; a portal of a thousand
    /// plans has thousands of dated updates, and a feed of all of them would be megabytes fetched on
    /// every poll (and re-made on every save in `serve`). Older updates stay on the plan pages.
    /// </summary>
    public const int MaxEntries = 100;

    public static IEnumerable<OutputFile> Write(SiteContext site)
    {
        var updates = PlanUpdates.Newest(site.Content, MaxEntries);
        foreach (var language in site.Languages.All)
            yield return new OutputFile(SiteUrls.FeedPath(language), Render(site, language, updates));
    }

    private static byte[] Render(SiteContext site, Language language, IReadOnlyList<PlanUpdate> updates)
    {
        var ui = site.Strings[language];
        var authority = site.Urls.Origin is { } origin ? new Uri(origin).Host : "sitegen.invalid";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language.Code);
            xml.WriteElementString("id", atom, $"tag:{authority},2026:{site.Urls.BasePath}{language.Code}/feed");
            xml.WriteElementString("title", atom, site.Title.In(language).Text);
            xml.WriteElementString("subtitle", atom, ui.FeedSubtitle);
            xml.WriteElementString("updated", atom, updates.Count > 0 ? PlanUpdates.Timestamp(updates[0].Date) : "2000-01-01T00:00:00+09:00");
            Link(xml, atom, "self", site.Urls.Absolute(site.Urls.File(SiteUrls.FeedPath(language))), "application/atom+xml");
            Link(xml, atom, "alternate", site.Urls.Absolute(site.Urls.Page(language, "")), "text/html");
            xml.WriteStartElement("generator", atom);
            xml.WriteString("SiteGen");
            xml.WriteEndElement();

            foreach (var update in updates)
            {
                var plan = update.Plan;
                var title = Markup.Ruby.RubyText.Strip(plan.Title.In(language).Text);
                var pageUrl = site.Urls.Absolute(site.Urls.Page(language, $"plans/{plan.Slug}/"));
                var evaluatedYear = update.Kind == UpdateKind.Evaluated ? update.Year : null;
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, evaluatedYear is { } y
                    ? $"tag:{authority},2026:{site.Urls.BasePath}plans/{plan.Slug}/evaluation/{y.Year}/{language.Code}"
                    : $"tag:{authority},2026:{site.Urls.BasePath}plans/{plan.Slug}/{Word(update.Kind)}/{update.Date.Iso}/{language.Code}");
                xml.WriteElementString("title", atom, evaluatedYear is { } year
                    ? ui.Format(ui.FeedEvaluated, title, YearText(year, language))
                    : ui.Format(update.Kind == UpdateKind.Published ? ui.FeedPublished : ui.FeedRevised, title));
                xml.WriteElementString("updated", atom, PlanUpdates.Timestamp(update.Date));
                xml.WriteElementString("published", atom, PlanUpdates.Timestamp(update.Date));
                // The plan page's evaluation section has the fixed id `evaluations` (themes/default/Plan.cshtml).
                Link(xml, atom, "alternate", evaluatedYear is null ? pageUrl : pageUrl + "#evaluations", "text/html");
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, plan.Publisher.Name.In(language).Text);
                xml.WriteEndElement();
                if (evaluatedYear is { } evaluated)
                    xml.WriteElementString("summary", atom, EvaluationSummary(plan, evaluated, language, ui));
                else if ((plan.Summary ?? plan.Vision?.Statement) is { } summary)
                    xml.WriteElementString("summary", atom, Markup.Ruby.RubyText.Strip(summary.In(language).Text));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static string Word(UpdateKind kind) => kind == UpdateKind.Published ? "published" : "revised";

    private static string YearText(FiscalYear year, Language language) => language.IsJapanese ? year.Japanese : year.English;

    /// <summary>The year's marks in words, in the scale's order: "令和2年度（2020年度）の取り組みの評価：◎ 計画以上に実施 3件、…。"</summary>
    private static string EvaluationSummary(Plan plan, FiscalYear year, Language language, UiStrings ui)
    {
        var counts = PlanUpdates.MarkCounts(plan, year).Select(c => ui.Format(ui.FeedEvaluationMark,
            c.Mark.Symbol, Markup.Ruby.RubyText.Strip(c.Mark.Label.In(language).Text),
            ui.Count(ui.ActionCountOne, ui.ActionCountMany, c.Count)));
        return ui.Format(ui.FeedEvaluationSummary, YearText(year, language), string.Join(ui.ChartListSeparator, counts));
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
