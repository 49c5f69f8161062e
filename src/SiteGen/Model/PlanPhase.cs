namespace SiteGen.Model;

/// <summary>Where a plan stands in its period in a given fiscal year: what residents ask first of a plan.</summary>
public enum PlanPhase
{
    /// <summary>The source gives no period.</summary>
    Unknown,
    NotStarted,
    InForce,
    Ended,
}

public static class PlanPhases
{
    /// <summary>The phase of a plan with <paramref name="period"/> in fiscal year <paramref name="asOf"/> (both ends of the period included).</summary>
    public static PlanPhase Of(PlanPeriod? period, FiscalYear asOf) => period switch
    {
        null => PlanPhase.Unknown,
        _ when asOf < period.Start => PlanPhase.NotStarted,
        _ when asOf > period.End => PlanPhase.Ended,
        _ => PlanPhase.InForce,
    };
}
