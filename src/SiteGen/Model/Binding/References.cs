using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

public enum ReferenceKind { Area, Organisation, Plan }

/// <summary>
/// A reference from one content file to another (an action's area, a plan's publisher), kept with
/// its position so it can be checked once every file is loaded.
/// </summary>
public sealed record Reference(ReferenceKind Kind, string Id, SourceLocation At, string Field);

/// <summary>Collects references while binding; thread-safe because plans bind in parallel.</summary>
public sealed class ReferenceList
{
    private readonly List<Reference> _items = [];
    private readonly Lock _lock = new();

    public void Add(ReferenceKind kind, string id, SourceLocation at, string field)
    {
        lock (_lock) _items.Add(new Reference(kind, id, at, field));
    }

    public void AddRange(IEnumerable<Reference> references)
    {
        lock (_lock) _items.AddRange(references);
    }

    public IReadOnlyList<Reference> All
    {
        get { lock (_lock) return _items.ToList(); }
    }
}
