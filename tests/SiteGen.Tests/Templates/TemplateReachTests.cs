using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// A template prints what its page's members give it: the site's whole content (<c>PageModel.Site</c>) is not among
/// them, so a theme's template cannot print a part of the content that the page does not list (docs/themes.md).
/// </summary>
public sealed class TemplateReachTests
{
    [Fact]
    public async Task A_theme_template_reaching_for_the_whole_site_does_not_compile_and_one_using_its_page_does()
    {
        using var temp = new TempFolder();
        var theme = temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "Contact.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<ContactPage>
            <main>@Model.Site.Content.Organisations.Count</main>
            """);
        File.WriteAllText(Path.Combine(theme, "NotFound.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<NotFoundPage>
            <main>@Model.UiIn(Model.Language).NavHome @Model.HomeUrlIn(Model.Language)</main>
            """);
        var renderer = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));

        var errors = await renderer.CompileAsync(["Contact.cshtml", "NotFound.cshtml"]);

        var (template, error) = Assert.Single(errors);
        Assert.Equal("Contact.cshtml", template);
        Assert.Contains("Site", error, StringComparison.Ordinal);
    }
}
