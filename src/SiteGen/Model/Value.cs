using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// A cell of an indicator or table: a number (language-neutral, written once) or a text that is
/// translated (実施 / carried out). Numbers keep the precision they were written with.
/// </summary>
public sealed record Value(decimal? Number, string? NumberText, LocalizedText? Text)
{
    public static Value Of(decimal number, string written) => new(number, written, null);
    public static Value Of(LocalizedText text) => new(null, null, text);

    public bool IsNumber => Number is not null;

    /// <summary>The number as written in the source, with thousands separators (1,150).</summary>
    public string FormatNumber()
    {
        var decimals = NumberText is { } t && t.Contains('.') ? t.Length - t.IndexOf('.') - 1 : 0;
        return Number!.Value.ToString("N" + decimals, CultureInfo.InvariantCulture);
    }
}
