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
}
