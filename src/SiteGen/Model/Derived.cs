namespace SiteGen.Model;

/// <summary>
/// A value worked out from one part of a record on first use and kept in the record: equal to any other, so it takes
/// no part in the record's value equality, and worked out again when a `with` copy changed that part.
/// </summary>
internal struct Derived<TSource, TValue> : IEquatable<Derived<TSource, TValue>>
    where TSource : class
{
    private Entry? _entry;

    /// <summary>What <paramref name="make"/> gives for <paramref name="source"/>, made once for that very object.</summary>
    public TValue Of(TSource source, Func<TSource, TValue> make)
    {
        // Two threads asking at once both make it; either answer is the same value, and one reference is written whole.
        var entry = _entry;
        if (entry is null || !ReferenceEquals(entry.Source, source)) _entry = entry = new Entry(source, make(source));
        return entry.Value;
    }

    public readonly bool Equals(Derived<TSource, TValue> other) => true;
    public override readonly bool Equals(object? obj) => obj is Derived<TSource, TValue>;
    public override readonly int GetHashCode() => 0;

    private sealed record Entry(TSource Source, TValue Value);
}
