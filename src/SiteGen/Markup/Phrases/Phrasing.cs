namespace SiteGen.Markup.Phrases;

/// <summary>How Japanese texts are parted into phrases on one site: BudouX's model, and the site's words it must leave whole.</summary>
public sealed record Phrasing(PhraseParser Parser, WholeWords Words)
{
    private static readonly Lazy<Phrasing> LazyJapanese = new(() => new Phrasing(PhraseParser.Japanese, WholeWords.None));

    /// <summary>BudouX's Japanese model with no words of a site's own.</summary>
    public static Phrasing Japanese => LazyJapanese.Value;

    /// <summary>BudouX's Japanese model with the words of a site's readings dictionary (the whole of it, whatever the furigana grade) left whole.</summary>
    public static Phrasing For(Readings.ReadingDictionary dictionary) => new(PhraseParser.Japanese, new WholeWords(dictionary));
}
