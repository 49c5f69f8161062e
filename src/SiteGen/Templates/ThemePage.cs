using RazorLight;
using SiteGen.Pages;

namespace SiteGen.Templates;

/// <summary>The base class of every theme template: it renders with the site's encoder, which leaves Japanese as text.</summary>
public abstract class ThemePage<TModel> : TemplatePage<TModel>
{
    protected ThemePage()
    {
        HtmlEncoder = Html.Encoder;
    }
}
