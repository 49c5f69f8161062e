namespace SiteGen.Tests;

public class SmokeTests
{
    [Fact]
    public void UiStringsLoadForEveryLanguage()
    {
        var strings = SiteGen.I18n.UiStrings.LoadAll();
        Assert.Equal("日本語", strings[SiteGen.I18n.Language.Ja].LanguageName);
        Assert.Equal("English", strings[SiteGen.I18n.Language.En].LanguageName);
    }
}
