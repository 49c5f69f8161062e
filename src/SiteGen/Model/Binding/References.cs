using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

public enum ReferenceKind { Area, Organisation, Plan }

/// <summary>
/// A reference from one content file to another (an action's area, a plan's publisher), kept with
/// its position so it can be checked once every file is loaded.
/// </summary>
public sealed record Reference(ReferenceKind Kind, string Id, SourceLocation At, string Field);

/// <summary>
/// Collects references while binding; thread-safe because plans bind in parallel. A file's references
/// replayed from a `serve` session's cache stay one group, the very list object of the last build, so
/// the reference check can tell an unchanged file's references from a changed one's without reading them.
/// </summary>
public sealed class ReferenceList
{
    private readonly List<Reference> _items = [];
    private readonly List<IReadOnlyList<Reference>> _groups = [];
    private readonly Lock _lock = new();

    public void Add(ReferenceKind kind, string id, SourceLocation at, string field)
    {
        lock (_lock) _items.Add(new Reference(kind, id, at, field));
    }

    /// <summary>Adds one file's references as a group (kept as the same list object).</summary>
    public void AddRange(IReadOnlyList<Reference> references)
    {
        if (references.Count == 0) return;
        lock (_lock) _groups.Add(references);
    }

    /// <summary>Every reference, one after another.</summary>
    public IReadOnlyList<Reference> All
    {
        get { lock (_lock) return [.. _items, .. _groups.SelectMany(g => g)]; }
    }

    /// <summary>The references in groups: those added one by one, then each group added whole.</summary>
    public IReadOnlyList<IReadOnlyList<Reference>> Groups
    {
        get { lock (_lock) return [_items.ToList(), .. _groups]; }
    }
}
