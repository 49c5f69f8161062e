namespace SiteGen.Model;

/// <summary>A publisher of plans: a municipality or its council of social welfare (社会福祉協議会).</summary>
public sealed record Organisation(
    string Id,
    LocalizedText Name,
    LocalizedText? ShortName,
    LocalizedText Municipality,
    /// <summary>全国地方公共団体コード (6 digits with check digit) of the municipality, used as a key in open data.</summary>
    string? LocalGovernmentCode,
    Contact Contact,
    string SourcePath) : BoundRecord
{
    public LocalizedText DisplayShortName => ShortName ?? Name;
}

/// <summary>The contact and access block printed on every plan.</summary>
public sealed record Contact(
    string? PostalCode,
    LocalizedText? Address,
    LocalizedText? Building,
    string? Phone,
    string? Fax,
    string? Email,
    string? Web,
    LocalizedText? Access) : BoundRecord;
