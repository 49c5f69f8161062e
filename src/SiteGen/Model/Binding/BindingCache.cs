using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>
/// Bound model objects kept between builds of one `serve` session. The key is the parsed document
/// object itself (<see cref="DocumentCache"/> hands out the same object while the file is
/// unchanged), so an unchanged file gives back the very same <see cref="Plan"/> or
/// <see cref="ServiceArea"/>: later stages compare by reference to find what changed.
/// What binding reported is kept too and reported again.
/// </summary>
public sealed class BindingCache
{
    /// <summary>One file's binding: the object (null when it failed), its diagnostics and its references.</summary>
    private sealed record Bound(object? Companion, object? Value, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Reference> References)
    {
        public object? Replay(DiagnosticBag diagnostics, ReferenceList references)
        {
            foreach (var diagnostic in Diagnostics) diagnostics.Add(diagnostic);
            references.AddRange(References);
            return Value;
        }
    }

    private readonly Lock _lock = new();
    private IReadOnlyList<SourceDocument> _organisationDocuments = [];
    private Dictionary<object, object> _entries = new(ReferenceEqualityComparer.Instance);
    private Dictionary<object, object> _next = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Runs <paramref name="bind"/> (<see cref="ContentBinder.Bind"/> of <paramref name="loaded"/>) with a
    /// <see cref="BindFile"/> that binds only the files that are new or changed since the last build.
    /// </summary>
    public T Around<T>(LoadedContent loaded, Func<BindFile, T> bind)
    {
        Begin(loaded.Organisations.Select(o => o.Document).ToList());
        var bound = bind(Get);
        End();
        return bound;
    }

    /// <summary>
    /// Starts a build. Plans hold their publisher's <see cref="Organisation"/> object, so when any
    /// organisation file changed every plan is bound again.
    /// </summary>
    private void Begin(IReadOnlyList<SourceDocument> organisationDocuments)
    {
        lock (_lock)
        {
            if (!organisationDocuments.SequenceEqual(_organisationDocuments, ReferenceEqualityComparer.Instance)) _entries.Clear();
            _organisationDocuments = organisationDocuments;
            _next = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        }
    }

    /// <summary>Ends a build: entries of files that are gone are dropped.</summary>
    private void End()
    {
        lock (_lock) _entries = _next;
    }

    /// <summary>
    /// The cached binding of <paramref name="document"/> (with its <paramref name="companion"/>, the
    /// translations' body files, also compared by reference), or <paramref name="bind"/> run with its own
    /// diagnostics and references.
    /// </summary>
    private object? Get(SourceDocument document, object? companion, DiagnosticBag diagnostics, ReferenceList references, Func<DiagnosticBag, ReferenceList, object?> bind)
    {
        Bound? bound;
        lock (_lock) bound = _entries.GetValueOrDefault(document) as Bound;
        if (bound is null || !SameCompanion(bound.Companion, companion))
        {
            var ownDiagnostics = new DiagnosticBag();
            var ownReferences = new ReferenceList();
            var value = bind(ownDiagnostics, ownReferences);
            bound = new Bound(companion, value, ownDiagnostics.Sorted(), ownReferences.All);
        }
        lock (_lock) _next[document] = bound;
        return bound.Replay(diagnostics, references);
    }

    private static bool SameCompanion(object? kept, object? now) =>
        kept is TranslationFiles keptFiles && now is TranslationFiles files ? keptFiles.SameAs(files) : ReferenceEquals(kept, now);
}
