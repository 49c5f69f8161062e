using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// A plan's title where it is read out of context (a browser tab, a search result, a shared link, a card among
/// other councils' plans): with its municipality when the title does not name it. The page's own heading keeps
/// the title as the plan prints it.
/// </summary>
public static class PlanTitles
{
    public static Localized WithMunicipality(Plan plan, Language language)
    {
        var title = plan.Title.In(language);
        // The municipality in the language the title is really in (an untranslated title stays all Japanese).
        var municipality = plan.Publisher.Municipality.Exact(title.Language) ?? plan.Publisher.Municipality.Ja;
        if (title.Text.Contains(municipality, StringComparison.Ordinal)) return title;
        var text = title.Language.IsJapanese ? $"{municipality} {title.Text}" : $"{title.Text}, {municipality}";
        return new Localized(text, title.Language, title.IsFallback);
    }
}
