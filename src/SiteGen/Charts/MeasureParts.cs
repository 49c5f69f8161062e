using SiteGen.Model;

namespace SiteGen.Charts;

/// <summary>Which measures of an indicator are a part of another (内相談件数, うち新規, "of which: consultations").</summary>
public static class MeasureParts
{
    /// <summary>Plans print a part of a total as 内… or うち… before its name ("of which" in English), so its Japanese label says so.</summary>
    public static bool IsSubset(IndicatorMeasure measure)
    {
        var label = measure.Label.Ja.TrimStart(' ', '　', '・', '（', '(');
        return label.StartsWith('内') && !label.StartsWith("内容", StringComparison.Ordinal) || label.StartsWith("うち", StringComparison.Ordinal);
    }
}
