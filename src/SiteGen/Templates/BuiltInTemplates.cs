using RazorLight;

namespace SiteGen.Templates;

/// <summary>One template of the built-in theme, compiled into the program when SiteGen was built.</summary>
public sealed record BuiltInTemplate(string Key, string Fingerprint, Func<ITemplatePage> Create);

/// <summary>
/// The built-in theme (themes/default), compiled with the program: SiteGen.ThemeCompiler turns its templates
/// into C# at build time (src/SiteGen/SiteGen.csproj, "CompileBuiltInTheme"), with RazorLight's own code
/// generator. A site on the built-in theme then never starts Roslyn (docs/performance.md#template-cache-and-the-built-in-theme),
/// and the templates are precompiled with the rest of the program instead of being JIT-compiled in every
/// run. A theme folder that overrides a template changes its text, so its fingerprint no longer matches and
/// that template is compiled at run time as before.
/// </summary>
public static class BuiltInTemplates
{
    private static readonly Dictionary<string, BuiltInTemplate> ByKey = new(StringComparer.Ordinal);

    /// <summary>Called once as the program loads, by the compiled theme's own table (a module initializer in the generated code).</summary>
    internal static void Register(IEnumerable<BuiltInTemplate> templates)
    {
        foreach (var template in templates) ByKey[template.Key] = template;
    }

    /// <summary>The compiled class of <paramref name="key"/>, when it was compiled from exactly this imports and text.</summary>
    public static Func<ITemplatePage>? Find(string key, string imports, string text) =>
        ByKey.TryGetValue(key, out var template) && template.Fingerprint == TemplateFingerprint.Of(key, imports, text) ? template.Create : null;

    /// <summary>The keys compiled in (for tests and the diagnostics of `build --timings`).</summary>
    public static IEnumerable<string> Keys => ByKey.Keys;
}
