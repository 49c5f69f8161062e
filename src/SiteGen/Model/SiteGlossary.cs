namespace SiteGen.Model;

/// <summary>
/// content/glossary.md: the terms every plan shares (民生委員・児童委員, 成年後見制度 …), each written once. A plan's
/// ※ marks link to these as well as to its own `glossary:` terms, which come first when both explain a word.
/// </summary>
public sealed record SiteGlossary(IReadOnlyList<GlossaryTerm> Terms, string? SourcePath) : BoundRecord
{
    public static readonly SiteGlossary Empty = new([], null);

    /// <summary>Every translatable text of the file, as the binder read it: what translation coverage counts.</summary>
    public IReadOnlyList<LocalizedText> Texts { get; init; } = [];
    /// <summary>Every text with a ※ in it, where it is written.</summary>
    public IReadOnlyList<Markup.TermLinks.MarkedText> MarkedTexts { get; init; } = [];

    /// <summary>The id of a term's entry, on the glossary page and in a plan's glossary section: `term-` and the term's id.</summary>
    public static string AnchorOf(string termId) => "term-" + termId;

    // The terms are compared one by one (a record compares a list by reference): `serve` binds the file again
    // after every save, and an unchanged glossary must leave every page that prints it alone.
    public bool Equals(SiteGlossary? other) =>
        other is not null && SourcePath == other.SourcePath && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(SourcePath, Terms.Count);
}
