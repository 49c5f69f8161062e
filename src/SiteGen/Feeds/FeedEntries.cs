using SiteGen.Model;

namespace SiteGen.Feeds;

public enum UpdateKind { Published, Revised }

/// <summary>One thing residents may want to hear about: a plan published, a plan revised.</summary>
public sealed record PlanUpdate(Plan Plan, UpdateKind Kind, PartialDate Date);

public static class PlanUpdates
{
    /// <summary>Every dated event of every plan, newest first, in a stable order.</summary>
    public static IReadOnlyList<PlanUpdate> All(SiteContent content) =>
        content.Plans
            .SelectMany(p => new[]
            {
                new PlanUpdate(p, UpdateKind.Published, p.Published),
                p.Revised is { } revised ? new PlanUpdate(p, UpdateKind.Revised, revised) : null,
            })
            .OfType<PlanUpdate>()
            .OrderByDescending(u => u.Date)
            .ThenBy(u => u.Plan.Slug, StringComparer.Ordinal)
            .ThenBy(u => u.Kind)
            .ToList();

    /// <summary>A partial date as an RFC 3339 timestamp at the start of that day, Japan time.</summary>
    public static string Timestamp(PartialDate date) => $"{date.Year:D4}-{date.Month ?? 1:D2}-{date.Day ?? 1:D2}T00:00:00+09:00";
}
