namespace SiteGen.Tests.Architecture;

/// <summary>The other half of <see cref="Fixture.Mutual"/>'s cycle: a call each way.</summary>
public static class Ahead
{
    public static int Value() => 1;
    public static int Round() => Fixture.Mutual.Back();
}
