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

    /// <summary>Set by <see cref="TemplateRenderer"/> on the page and layouts it renders and handed down to every partial; null when RazorLight renders.</summary>
    Partials? IThemePage.Partials { get; set; }

    /// <summary>
    /// Writes <paramref name="value"/> encoded straight into the output. RazorLight encodes into a new
    /// string and then writes that: one string per value printed, the largest source of garbage in a
    /// build (a plan page prints thousands). The encoder and the bytes are the same. Only into SiteGen's
    /// own buffer (<see cref="TemplateRenderer.Direct"/>): RazorLight's buffered writer takes whole strings.
    /// </summary>
    public override void Write(string? value)
    {
        if (Output is not PageBuffer output || DisableEncoding) base.Write(value);
        else if (!string.IsNullOrEmpty(value)) HtmlEncoder.Encode(output, value);
    }

    public override void Write(object? value)
    {
        if (value is string text) Write(text);
        else base.Write(value);
    }

    /// <summary>
    /// Renders the partial <paramref name="key"/> with <paramref name="model"/> here, into this page's own
    /// output (see <see cref="Templates.Partials"/>). Templates call it as they would RazorLight's.
    /// </summary>
    public new async Task IncludeAsync(string key, object? model = null)
    {
        if (((IThemePage)this).Partials is not { } partials)
        {
            await base.IncludeAsync(key, model); // rendered by RazorLight's own renderer (TemplateRenderer.Direct off)
            return;
        }
        var partial = await partials.CreateAsync(key);
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
