using SiteGen.Config;
using SiteGen.I18n;
using SiteGen.Markup;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>What every page of one build shares: the content, the config, the strings, the addresses.</summary>
public sealed class SiteContext(SiteConfig config, SiteContent content, SiteUrls urls, IReadOnlyDictionary<Language, UiStrings> strings)
{
    public SiteConfig Config { get; } = config;
    public SiteContent Content { get; } = content;
    public SiteUrls Urls { get; } = urls;
    public IReadOnlyDictionary<Language, UiStrings> Strings { get; } = strings;
    public MarkdownRenderer Markdown { get; } = new(urls.BasePath);

    public LocalizedText Title { get; } = new(config.Title.Ja, config.Title.En);
}
