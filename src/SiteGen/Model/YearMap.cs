using System.Collections;

namespace SiteGen.Model;

/// <summary>
/// Values by fiscal year, in year order: an action's evaluations, an indicator's targets and actuals,
/// a plan's evaluation dates. Made once when a plan is read, only read after. Two sorted arrays rather
/// than a tree: the pages go through the years of every action of a plan, and walking a
/// SortedDictionary costs a tree walk and a new stack each time, in every page of every build.
/// </summary>
public sealed class YearMap<T> : IReadOnlyDictionary<FiscalYear, T>
{
    public static YearMap<T> Empty { get; } = new([], []);

    private readonly FiscalYear[] _years;
    private readonly T[] _values;

    private YearMap(FiscalYear[] years, T[] values)
    {
        _years = years;
        _values = values;
    }

    /// <summary>The map of these pairs, in year order. A year given twice is a mistake of the caller (the readers report it first).</summary>
    public static YearMap<T> From(IEnumerable<KeyValuePair<FiscalYear, T>> pairs)
    {
        var list = pairs.ToList();
        if (list.Count == 0) return Empty;
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        var years = new FiscalYear[list.Count];
        var values = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0 && list[i].Key == years[i - 1]) throw new ArgumentException($"{list[i].Key.Year} is given twice", nameof(pairs));
            (years[i], values[i]) = (list[i].Key, list[i].Value);
        }
        return new YearMap<T>(years, values);
    }

    public int Count => _years.Length;

    // Read-only views made when asked for, not kept: a plan has thousands of these maps, all alive through the build.
    /// <summary>The years, in order.</summary>
    public IReadOnlyList<FiscalYear> Keys => Array.AsReadOnly(_years);

    /// <summary>The values, in the order of their years.</summary>
    public IReadOnlyList<T> Values => Array.AsReadOnly(_values);

    public T this[FiscalYear year] => TryGetValue(year, out var value) ? value : throw new KeyNotFoundException($"no value for {year.Year}");

    public bool ContainsKey(FiscalYear year) => Array.BinarySearch(_years, year) >= 0;

    public bool TryGetValue(FiscalYear year, out T value)
    {
        var at = Array.BinarySearch(_years, year);
        if (at < 0)
        {
            value = default!;
            return false;
        }
        value = _values[at];
        return true;
    }

    /// <summary>A struct enumerator: a foreach over the map itself allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<FiscalYear, T>> IEnumerable<KeyValuePair<FiscalYear, T>>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    IEnumerable<FiscalYear> IReadOnlyDictionary<FiscalYear, T>.Keys => Keys;
    IEnumerable<T> IReadOnlyDictionary<FiscalYear, T>.Values => Values;

    public struct Enumerator(YearMap<T> map) : IEnumerator<KeyValuePair<FiscalYear, T>>
    {
        private int _at = -1;

        public readonly KeyValuePair<FiscalYear, T> Current => new(map._years[_at], map._values[_at]);
        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < map._years.Length;
        public void Reset() => _at = -1;
        public readonly void Dispose() { }
    }
}
