using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Tests.Support;
using SiteGen.Validation;

namespace SiteGen.Tests.Validation;

/// <summary>
/// A session's <see cref="ResolvedReferences"/> wraps the reference check: it hands the check only the groups it has not
/// seen resolve against the same ids, so an unchanged file's references are not looked up again.
/// </summary>
public sealed class ResolvedReferencesTests
{
    private const string Plan = """
        actions:
          - {id: a, number: "1", title: {ja: 見守り活動, en: Watching over}, areas: [east]}
        """;

    [Fact]
    public void Only_groups_not_seen_resolved_against_the_same_ids_are_checked()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith(Plan), "The body.\n");
        var diagnostics = new DiagnosticBag();
        var (content, groups) = ContentBinder.Bind(ContentLoader.Load(site.Root, "content", SiteGen.I18n.SiteLanguages.Default, diagnostics, ContentFile.Parse), diagnostics, null,
            ContentBinder.EachFile);
        Assert.NotEmpty(groups);
        var unknown = new List<Reference> { new(ReferenceKind.Area, "west", SourceLocation.StartOf("content/plans/q/index.md"), "areas") };

        var memo = new ResolvedReferences();
        var handed = new List<int>();
        void Check(SiteContent against, IReadOnlyList<IReadOnlyList<Reference>> all) => memo.Around(against, all, some =>
        {
            handed.Add(some.Count);
            return ReferenceValidator.Validate(against, some, new HashSet<string>(), diagnostics);
        });

        Check(content, groups);
        Check(content, groups);
        // A group that did not resolve is checked at every build.
        Check(content, [.. groups, unknown]);
        Check(content, [.. groups, unknown]);
        // An area gone: every group is checked again.
        Check(new SiteContent(content.Plans, content.Organisations, [], content.Glossary), groups);

        Assert.Equal([groups.Count, 0, 1, 1, groups.Count], handed);
    }
}
