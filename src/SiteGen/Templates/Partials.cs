using System.Dynamic;
using RazorLight;
using RazorLight.Caching;

namespace SiteGen.Templates;

/// <summary>
/// Includes a theme's partials (<c>_*.cshtml</c>) straight into the page that includes them, for the
/// direct rendering of <see cref="TemplateRenderer"/>.
/// <para>
/// RazorLight's own include treats every partial like a page of its own: it looks the template up
/// through the engine, inspects the model's type by reflection (to turn anonymous objects into dynamic
/// ones), renders into a fresh buffer and then moves that buffer into the page's. A plan page includes
/// hundreds of partials (an action, its flags, each evaluation mark), so that machinery weighs on every
/// page (docs/performance.md#rendering). SiteGen's models are never anonymous and a
/// partial has no layout, so a partial can run as part of the page: the same writer, the same encoder,
/// the same bytes (DirectRenderingTests compares them with RazorLight's own path). It plugs in where
/// RazorLight does, as the page's <see cref="ITemplatePage.IncludeFunc"/>, which every template's
/// <c>IncludeAsync</c> calls.
/// </para>
/// </summary>
/// <param name="cache">The compiled templates.</param>
/// <param name="compile">Compiles a template the build did not compile in advance (its errors are thrown).</param>
internal sealed class Partials(ICachingProvider cache, Func<string, Task<ITemplatePage>> compile)
{
    // Instances of each partial that finished rendering, ready for the next include. A plan page
    // includes a partial hundreds of times (each action, its flags, each evaluation mark), and a new
    // template instance brings its own dictionaries, stacks and include delegate (docs/performance.md#rendering).
    // A partial that completed holds nothing of the page it rendered except
    // what the next include replaces (context, model); sections it defined are cleared.
    // Kept per thread: an instance is only ever in one pool or in use, so a thread's own pool needs no
    // locks, which a ConcurrentBag's thread-local lookups and queues would pay on every include.
    [ThreadStatic] private static IdleInstances? t_idle;

    private sealed class IdleInstances(Partials owner)
    {
        public Partials Owner { get; } = owner;
        public Dictionary<string, Stack<ITemplatePage>> ByKey { get; } = new(StringComparer.Ordinal);
    }

    private Dictionary<string, Stack<ITemplatePage>> Idle
    {
        get
        {
            var idle = t_idle;
            if (idle is null || !ReferenceEquals(idle.Owner, this)) t_idle = idle = new IdleInstances(this);
            return idle.ByKey;
        }
    }

    /// <summary>Makes <paramref name="page"/>'s includes render into its own output.</summary>
    public void Attach(ITemplatePage page) => page.IncludeFunc = (key, model) => IncludeAsync(page, key, model);

    private async Task IncludeAsync(ITemplatePage including, string key, object? model)
    {
        var partial = await RentAsync(key);
        partial.DisableEncoding = including.DisableEncoding;
        // ViewBag is typed dynamic: passed as it is, the constructor call would go through the C# runtime
        // binder on every include (docs/performance.md#rendering). The cast through object is static.
        var viewBag = (ExpandoObject)(object)including.PageContext.ViewBag;
        // The instance's context from its last include on the same page is taken again: a page includes a partial hundreds of times.
        var context = partial.PageContext is { } kept && ReferenceEquals((object)kept.ViewBag, viewBag) ? kept : new PageContext(viewBag);
        context.ExecutingPageKey = partial.Key;
        context.Writer = including.PageContext.Writer;
        context.Model = model;
        partial.PageContext = context;
        partial.SetModel(model);
        await partial.ExecuteAsync();
        if (!string.IsNullOrEmpty(partial.Layout))
            throw new InvalidOperationException($"the partial {key} sets Layout; a partial is part of the page that includes it and cannot have a layout of its own");
        // Only a partial that rendered to the end goes back (one that threw may be half-way through a writing scope).
        partial.SectionWriters?.Clear();
        var idle = Idle;
        if (!idle.TryGetValue(key, out var instances)) idle[key] = instances = new Stack<ITemplatePage>();
        instances.Push(partial);
    }

    /// <summary>An idle instance of the compiled template <paramref name="key"/>, or a new one (attached).</summary>
    private async ValueTask<ITemplatePage> RentAsync(string key)
    {
        if (Idle.TryGetValue(key, out var idle) && idle.TryPop(out var reused)) return reused;
        var created = await CreateAsync(key);
        Attach(created);
        return created;
    }

    /// <summary>A new instance of the compiled template <paramref name="key"/> (rare: instances are reused).</summary>
    private ValueTask<ITemplatePage> CreateAsync(string key) =>
        cache.RetrieveTemplate(key) is { Success: true } found
            ? ValueTask.FromResult(found.Template.TemplatePageFactory())
            : new ValueTask<ITemplatePage>(compile(key));
}
