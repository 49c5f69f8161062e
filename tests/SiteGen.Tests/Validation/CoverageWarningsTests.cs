using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;
using SiteGen.Validation;

namespace SiteGen.Tests.Validation;

/// <summary>
/// A session's <see cref="CoverageWarnings"/> wraps the per-plan coverage check: a plan object seen at the last save
/// is not looked at again; a new session, or other languages, start from nothing.
/// </summary>
public sealed class CoverageWarningsTests
{
    /// <summary>Two plans with an untranslated title and no English narrative: each has warnings.</summary>
    private static TestSite Site() => TestSite.Minimal()
        .Plan("p", BadInputs.PlanWith("actions:\n  - {id: a, number: \"1\", title: {ja: 見守り活動}}"), null)
        .Plan("q", BadInputs.PlanWith("actions:\n  - {id: b, number: \"1\", title: {ja: 居場所づくり}}"), null);

    private static SiteContent Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(root, "site.config.json"), "site.config.json", diagnostics)!;
        return ContentStage.Run(root, config, diagnostics);
    }

    private sealed class Counted
    {
        public List<string> Asked { get; } = [];
        public IReadOnlyList<Diagnostic> Warnings(Plan plan)
        {
            Asked.Add(plan.Slug);
            return TranslationCoverage.PlanWarnings(plan, SiteLanguages.Default);
        }
    }

    private static List<string> Warn(SiteContent content, Func<Plan, IReadOnlyList<Diagnostic>> planWarnings)
    {
        var diagnostics = new DiagnosticBag();
        TranslationCoverage.Warn(content, SiteLanguages.Default, planWarnings, diagnostics);
        return [.. diagnostics.Sorted().Select(d => d.ToString())];
    }

    [Fact]
    public void A_session_looks_again_only_at_plans_it_has_not_seen_and_warns_as_a_build_without_it()
    {
        using var site = Site();
        var content = Load(site.Root);
        Assert.Equal(2, content.Plans.Count);
        var plain = Warn(content, p => TranslationCoverage.PlanWarnings(p, SiteLanguages.Default));
        var session = Caches.InFolder(null).ForSession();
        var counted = new Counted();

        Assert.True(plain.Count >= 4, string.Join("\n", plain));
        Assert.Equal(plain, Warn(content, session.Kept<CoverageWarnings>()!.Around(SiteLanguages.Default, counted.Warnings)));
        Assert.Equal(content.Plans.Count, counted.Asked.Count);
        // The next save binds the same plan objects: nothing is looked at again, the same warnings come out.
        Assert.Equal(plain, Warn(content, session.Kept<CoverageWarnings>()!.Around(SiteLanguages.Default, counted.Warnings)));
        Assert.Equal(content.Plans.Count, counted.Asked.Count);
        // A plan edited (a new object): only it is looked at.
        var edited = content.Plans[0] with { Texts = [] };
        var after = new SiteContent([edited, .. content.Plans.Skip(1)], content.Organisations, content.Areas, content.Glossary);
        Warn(after, session.Kept<CoverageWarnings>()!.Around(SiteLanguages.Default, counted.Warnings));
        Assert.Equal([.. content.Plans.Select(p => p.Slug), edited.Slug], counted.Asked);
        // Other languages: every plan again.
        var languages = new SiteLanguages([Language.Ja, new Language("en", Writing.Latin, "en_US", "English (UK)")]);
        counted.Asked.Clear();
        session.Kept<CoverageWarnings>()!.Around(languages, counted.Warnings)(edited);
        Assert.Equal([edited.Slug], counted.Asked);
    }

    [Fact]
    public void Two_sessions_do_not_share_what_they_kept_and_a_build_outside_one_keeps_nothing()
    {
        using var site = Site();
        var content = Load(site.Root);
        var first = Caches.InFolder(null).ForSession().Kept<CoverageWarnings>()!;
        var second = Caches.InFolder(null).ForSession().Kept<CoverageWarnings>()!;
        Assert.NotSame(first, second);
        var counted = new Counted();

        Warn(content, first.Around(SiteLanguages.Default, counted.Warnings));
        Warn(content, second.Around(SiteLanguages.Default, counted.Warnings));

        Assert.Equal(2 * content.Plans.Count, counted.Asked.Count);
        Assert.Null(Caches.InFolder(null).Kept<CoverageWarnings>());
        Assert.Null(Caches.Off.ForSession().Kept<CoverageWarnings>());
    }
}
