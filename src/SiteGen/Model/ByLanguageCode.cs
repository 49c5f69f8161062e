namespace SiteGen.Model;

/// <summary>
/// Values by language code, for the few translations one object has (a text's, a narrative's bodies): a small array
/// ordered by code, smaller and faster than a dictionary, made without LINQ because every text of every plan has one.
/// Equal by value.
/// </summary>
public readonly struct ByLanguageCode<T> : IEquatable<ByLanguageCode<T>>
{
    private readonly KeyValuePair<string, T>[]? _items;

    /// <summary>The pairs <paramref name="keep"/> accepts (all without it), ordered by code; equal codes keep their order.</summary>
    public ByLanguageCode(IEnumerable<KeyValuePair<string, T>> pairs, Func<KeyValuePair<string, T>, bool>? keep = null)
    {
        List<KeyValuePair<string, T>>? kept = null;
        foreach (var pair in pairs)
        {
            if (keep is not null && !keep(pair)) continue;
            kept ??= new List<KeyValuePair<string, T>>(2);
            var at = kept.Count;
            while (at > 0 && string.CompareOrdinal(kept[at - 1].Key, pair.Key) > 0) at--;
            kept.Insert(at, pair);
        }
        _items = kept?.ToArray();
    }

    /// <summary>The pairs, ordered by code.</summary>
    public IReadOnlyList<KeyValuePair<string, T>> Items => _items ?? [];

    public bool TryGet(string code, out T? value)
    {
        foreach (var (key, item) in _items ?? [])
        {
            if (key == code) { value = item; return true; }
        }
        value = default;
        return false;
    }

    public bool Equals(ByLanguageCode<T> other) => (_items ?? []).AsSpan().SequenceEqual(other._items ?? []);
    public override bool Equals(object? obj) => obj is ByLanguageCode<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        AddTo(ref hash);
        return hash.ToHashCode();
    }

    /// <summary>Adds each code and value to an owner's hash.</summary>
    public void AddTo(ref HashCode hash)
    {
        foreach (var (key, item) in _items ?? []) { hash.Add(key); hash.Add(item); }
    }
}
