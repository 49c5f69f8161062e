namespace SiteGen.Schema;

/// <summary>What a field, type or word means, for staff: in Japanese and in English (the docs and editor hints show both).</summary>
public readonly record struct Doc(string Ja, string En)
{
    public string In(bool japanese) => japanese ? Ja : En;
}
