namespace SiteGen.Model;

/// <summary>
/// A model object made from content by its declaration (<c>Schema.Shape</c>): a plan, an action, an indicator.
/// It carries the values it was read with, which the open data writes, outside its equality, so every record
/// compares and prints as the pages know it; a copy (<c>with</c>) keeps them.
/// </summary>
public abstract record BoundRecord
{
    // On the object rather than in a table keyed by it: a weak table's entries are handles the collector walks at every collection.
    internal object?[]? BoundValues { get; set; }

    public virtual bool Equals(BoundRecord? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}
