using RazorLight;
using SiteGen.Pages;

namespace SiteGen.Templates;

/// <summary>What every theme page knows, whatever its model: where its partials come from.</summary>
internal interface IThemePage
{
    Partials? Partials { get; set; }
}

/// <summary>The base class of every theme template: it renders with the site's encoder, which leaves Japanese as text.</summary>
public abstract class ThemePage<TModel> : TemplatePage<TModel>, IThemePage
{
    protected ThemePage()
    {
        HtmlEncoder = Html.Encoder;
    }

    /// <summary>Set by <see cref="TemplateRenderer"/> on the page it renders and handed down to every partial; null on a layout.</summary>
    Partials? IThemePage.Partials { get; set; }

    /// <summary>
    /// Renders the partial <paramref name="key"/> with <paramref name="model"/> here, into this page's own
    /// output (see <see cref="Templates.Partials"/>). Templates call it as they would RazorLight's.
    /// </summary>
    public new async Task IncludeAsync(string key, object? model = null)
    {
        var partials = ((IThemePage)this).Partials;
        if (partials?.Create(key) is not { } partial)
        {
            await base.IncludeAsync(key, model);
            return;
        }
        partial.DisableEncoding = DisableEncoding;
        partial.PageContext = new PageContext(PageContext.ViewBag) { ExecutingPageKey = partial.Key, Writer = Output, Model = model };
        partial.SetModel(model);
        partial.IncludeFunc = IncludeFunc;
        if (partial is IThemePage themed) themed.Partials = partials;
        await partial.ExecuteAsync();
        if (!string.IsNullOrEmpty(partial.Layout))
            throw new InvalidOperationException($"the partial {key} sets Layout; a partial is part of the page that includes it and cannot have a layout of its own");
    }
}
