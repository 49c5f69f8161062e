namespace SiteGen.Tests.Architecture.Fixture;

/// <summary>Two namespaces that reach each other only through a method body, for the graph's own test.</summary>
public static class Mutual
{
    public static int Back() => Ahead.Value();
}
