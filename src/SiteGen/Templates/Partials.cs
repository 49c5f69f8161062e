using System.Collections.Concurrent;
using RazorLight;
using RazorLight.Caching;

namespace SiteGen.Templates;

/// <summary>
/// Includes a theme's partials (<c>_*.cshtml</c>) straight into the page that includes them (see also
/// <see cref="TemplateRenderer"/>, which renders pages and layouts the same direct way).
/// <para>
/// RazorLight's own <c>IncludeAsync</c> treats every include like a page of its own: it looks the template
/// up through the engine, inspects the model's type by reflection (to turn anonymous objects into
/// dynamic ones), renders into a fresh buffer and then moves that buffer into the page's. A plan page
/// includes hundreds of partials (an action, its flags, each evaluation mark), and measured on 1,000
/// plans that machinery was a fifth of all the time spent rendering. SiteGen's models are never
/// anonymous and its partials never have a layout, so a partial can run as part of the page: the same
/// writer, the same encoder, the same bytes (the output of a build is compared with RazorLight's own
/// path by a test).
/// </para>
/// </summary>
/// <param name="cache">The compiled templates.</param>
/// <param name="compile">Compiles a template the build did not compile in advance (its errors are thrown).</param>
internal sealed class Partials(ICachingProvider cache, Func<string, Task<ITemplatePage>> compile)
{
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _factories = new(StringComparer.Ordinal);

    /// <summary>A new instance of the compiled template <paramref name="key"/>.</summary>
    public ValueTask<ITemplatePage> CreateAsync(string key)
    {
        if (_factories.TryGetValue(key, out var factory)) return ValueTask.FromResult(factory());
        if (cache.RetrieveTemplate(key) is { Success: true } found)
            return ValueTask.FromResult(_factories.GetOrAdd(key, found.Template.TemplatePageFactory)());
        return new ValueTask<ITemplatePage>(compile(key));
    }
}
