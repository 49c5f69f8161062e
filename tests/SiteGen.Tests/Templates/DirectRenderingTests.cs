using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Pages, layouts and partials are rendered straight into the output (TemplateRenderer.Direct) instead of
/// through RazorLight's renderer (a buffer of every string written, and per include an engine lookup, a
/// model inspection and a buffer of its own): every page of the repository's own content, which uses
/// every template and partial of the default theme, must come out byte for byte as RazorLight renders it.
/// </summary>
public sealed class DirectRenderingTests
{
    [Fact]
    public async Task Every_page_of_the_sample_content_renders_the_same_directly_as_through_razorlights_renderer()
    {
        var site = TemplateSupport.SampleSite();

        using var temp = new TempFolder();
        var direct = new TemplateRenderer(new ThemeProject(null), temp.Sub("cache"));
        var reference = new TemplateRenderer(new ThemeProject(null), temp.Sub("cache")) { Direct = false };
        var templates = await TemplateSupport.TemplateKeys(direct.Project);
        Assert.Empty(await direct.CompileAsync(templates));
        Assert.Empty(await reference.CompileAsync(templates));

        var compared = 0;
        // Fresh page models for each renderer: rendering records facts on the model (fallbacks, ids).
        var directPages = SitePlanner.Plan(site);
        var referencePages = SitePlanner.Plan(site);
        for (var i = 0; i < directPages.Count; i++)
        {
            var path = directPages[i].OutputPath;
            var expected = await reference.RenderAsync(referencePages[i]);
            var actual = await direct.RenderAsync(directPages[i]);
            Assert.True(expected == actual, $"{path} differs: first at {FirstDifference(expected, actual)}");
            compared++;
        }
        Assert.True(compared > 50, $"only {compared} pages compared");
        // The pages that include the most partials are among them.
        Assert.Contains(directPages, p => p is PlanPage);
        Assert.Contains(directPages, p => p is AreaPage);
    }

    /// <summary>
    /// What the default theme does not use but a theme may: a page that defines sections, a layout
    /// inside a layout, sections rendered from the outer one (one optional and missing), and partials
    /// included from the page, from a partial and from a layout.
    /// </summary>
    [Fact]
    public async Task Sections_nested_layouts_and_partials_in_layouts_render_the_same_directly_as_through_razorlight()
    {
        using var temp = new TempFolder();
        var theme = Theme(temp);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<AboutPage>
            @{ Layout = "_Inner.cshtml"; }
            <h1>@Model.Ui.AboutHeading</h1>
            @{ await IncludeAsync("_Outer_part.cshtml", Model.Lang); }
            @section extra {<p id="extra">@Model.Lang &amp; 追加</p>}
            @section notes {<aside>@Model.SiteTitle</aside>}
            """);
        File.WriteAllText(Path.Combine(theme, "_Inner.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<PageModel>
            @{ Layout = "_Outer.cshtml"; }
            <div class="inner">@RenderBody()</div>
            @section extra {@RenderSection("extra", required: false)}
            @section notes {@RenderSection("notes")}
            """);
        File.WriteAllText(Path.Combine(theme, "_Outer.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<PageModel>
            <!DOCTYPE html><html lang="@Model.Lang"><head><title>@Model.PlainTitle</title></head><body><main>
            @RenderBody()
            @RenderSection("extra", required: false)
            @RenderSection("missing", required: false)
            @RenderSection("notes")
            @{ await IncludeAsync("_Outer_part.cshtml", "layout"); }
            </main></body></html>
            """);
        File.WriteAllText(Path.Combine(theme, "_Outer_part.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<string>
            <span class="part">@Model &lt;3</span>
            """);

        var site = TemplateSupport.SampleSite();
        var direct = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));
        var reference = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache")) { Direct = false };
        var keys = new[] { "About.cshtml", "_Inner.cshtml", "_Outer.cshtml", "_Outer_part.cshtml" };
        Assert.Empty(await direct.CompileAsync(keys));
        Assert.Empty(await reference.CompileAsync(keys));
        foreach (var language in new[] { Language.Ja, SiteGen.I18n.SiteLanguages.Default["en"] })
        {
            var expected = await reference.RenderAsync(new AboutPage(site, language));
            var actual = await direct.RenderAsync(new AboutPage(site, language));
            Assert.Equal(expected, actual);
            Assert.Contains("<p id=\"extra\">", actual, StringComparison.Ordinal);
            Assert.Contains("<aside>", actual, StringComparison.Ordinal);
            Assert.Contains("<span class=\"part\">layout &lt;3</span>", actual, StringComparison.Ordinal);
            Assert.True(actual.IndexOf("class=\"inner\"", StringComparison.Ordinal) < actual.IndexOf("id=\"extra\"", StringComparison.Ordinal));
        }

        // A section the layout neither renders nor passes on is an error on both paths (reported by the build as a template error).
        File.WriteAllText(Path.Combine(theme, "_Inner.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<PageModel>
            @{ Layout = "_Outer.cshtml"; }
            <div class="inner">@RenderBody()</div>
            @section notes {@RenderSection("notes")}
            """);
        var directBroken = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache2"));
        var referenceBroken = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache2")) { Direct = false };
        Assert.Empty(await directBroken.CompileAsync(keys));
        Assert.Empty(await referenceBroken.CompileAsync(keys));
        var fromReference = await Assert.ThrowsAsync<InvalidOperationException>(() => referenceBroken.RenderAsync(new AboutPage(site, Language.Ja)));
        var fromDirect = await Assert.ThrowsAsync<InvalidOperationException>(() => directBroken.RenderAsync(new AboutPage(site, Language.Ja)));
        Assert.Contains("extra", fromReference.Message, StringComparison.Ordinal);
        Assert.Equal(fromReference.Message, fromDirect.Message);
    }

    /// <summary>
    /// Partials are reused from include to include (Partials keeps the finished instances). A reused
    /// instance must not remember anything of its last include: a partial that includes itself, is
    /// included twice in a row, defines a section, and once throws, still prints only what its model says.
    /// </summary>
    [Fact]
    public async Task A_reused_partial_prints_only_its_new_model_even_after_recursion_a_section_and_an_exception()
    {
        using var temp = new TempFolder();
        var theme = Theme(temp);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<AboutPage>
            <main>@{ await IncludeAsync("_Count.cshtml", 1); await IncludeAsync("_Count.cshtml", 2); }</main>
            """);
        File.WriteAllText(Path.Combine(theme, "Contact.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<ContactPage>
            <main>@{ await IncludeAsync("_Count.cshtml", 1); await IncludeAsync("_Count.cshtml", 99); }</main>
            """);
        File.WriteAllText(Path.Combine(theme, "_Count.cshtml"), """
            @inherits SiteGen.Templates.ThemePage<int>
            @if (Model == 99) { throw new InvalidOperationException("ninety-nine"); }
            <i>@Model</i>@if (Model > 0) { await IncludeAsync("_Count.cshtml", Model - 1); }
            @section counted {<b>@Model</b>}
            """);

        var site = TemplateSupport.SampleSite();
        var renderer = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));
        Assert.Empty(await renderer.CompileAsync(["About.cshtml", "Contact.cshtml", "_Count.cshtml"]));
        static string Counts(string html) => string.Join(" ", System.Text.RegularExpressions.Regex.Matches(html, "<i>(\\d+)</i>").Select(m => m.Groups[1].Value));

        var first = await renderer.RenderAsync(new AboutPage(site, Language.Ja));
        Assert.Equal("1 0 2 1 0", Counts(first));
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.RenderAsync(new ContactPage(site, Language.Ja)));
        Assert.Equal("ninety-nine", failed.Message);
        var again = await renderer.RenderAsync(new AboutPage(site, Language.Ja));
        Assert.Equal(first, again);
        Assert.DoesNotContain("<b>", again, StringComparison.Ordinal); // a partial's sections go nowhere, as with RazorLight's include
    }

    /// <summary>An empty theme folder in <paramref name="temp"/>, for a test to write its templates into.</summary>
    private static string Theme(TempFolder temp)
    {
        var theme = temp.Sub("theme");
        Directory.CreateDirectory(theme);
        return theme;
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return $"character {i}: «{a[Math.Max(0, i - 40)..Math.Min(a.Length, i + 40)]}» / «{b[Math.Max(0, i - 40)..Math.Min(b.Length, i + 40)]}»";
    }
}
