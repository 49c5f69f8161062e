namespace SiteGen.Tests.Support;

/// <summary>
/// The trait of tests that run a tool `npm ci` installs (Pagefind, budoux, kuromoji, yaml, Decap CMS): they run with the others
/// and fail, saying what to install, when node_modules is missing; <c>--filter "Needs!=npm"</c> leaves them out.
/// </summary>
public static class Needs
{
    public const string Trait = "Needs";
    public const string Npm = "npm";
}
