using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Schema;

/// <summary>
/// What binding one content file carries from field to field: where errors go, every translatable text
/// read (so coverage counts exactly what the binder read), and the document's own state (a plan's period
/// and scale), keyed by type so the schema machinery need not know what a plan is.
/// </summary>
public sealed class BindContext(YamlContext yaml)
{
    private readonly Dictionary<Type, object> _state = [];
    private readonly List<LocalizedText> _texts = [];
    private readonly List<Markup.TermLinks.MarkedText> _marked = [];

    public YamlContext Yaml { get; } = yaml;
    public string File => Yaml.File;
    public DiagnosticBag Diagnostics => Yaml.Diagnostics;

    /// <summary>Every translatable text in the order it was read.</summary>
    public IReadOnlyList<LocalizedText> Texts => _texts;

    public void Translatable(LocalizedText? text)
    {
        if (text is not null) _texts.Add(text);
    }

    /// <summary>Every text with a ※ in it, where it is written: `check` warns about marks that no glossary term explains.</summary>
    public IReadOnlyList<Markup.TermLinks.MarkedText> Marked => _marked;

    public void Mark(Markup.TermLinks.MarkedText text) => _marked.Add(text);

    /// <summary>Hands the binding something from outside the document (the reference list, the organisations).</summary>
    public void Set<T>(T state) where T : class => _state[typeof(T)] = state;

    /// <summary>The document's state of type <typeparamref name="T"/>, made on first use.</summary>
    public T State<T>() where T : class, new()
    {
        if (_state.TryGetValue(typeof(T), out var state)) return (T)state;
        var made = new T();
        _state[typeof(T)] = made;
        return made;
    }

    public void Error(YamlNode node, string field, string message, string? hint = null) => Yaml.Error(node, field, message, hint);
    public void Warning(YamlNode node, string field, string message, string? hint = null) => Yaml.Warning(node, field, message, hint);
    public SourceLocation At(YamlNode node) => Yaml.At(node);
}

/// <summary>Reads one YAML node into a value, reporting problems to the context; returns default on failure.</summary>
public delegate T? FieldRead<T>(YamlNode node, string path, BindContext context);
