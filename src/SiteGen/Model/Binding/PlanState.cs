using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>What binding a plan learns early and needs later: its period and scale check the actions' years and marks.</summary>
public sealed class PlanState
{
    public string Folder { get; set; } = "";
    public Narrative? Narrative { get; set; }
    public PlanPeriod? Period { get; set; }
    public EvaluationScale? Scale { get; set; }
    public string? Coverage { get; set; }
    public IReadOnlyList<Actor> Actors { get; set; } = [];
    public IReadOnlyList<PlanLevel> Levels { get; set; } = [];
    /// <summary>Every `parent:` and `section:` written, checked against the sections once all are read.</summary>
    public List<SectionReference> SectionReferences { get; } = [];
    /// <summary>The level of the section whose `parent:` is this node: a parent must be of a higher level.</summary>
    public Dictionary<YamlNode, PlanLevel> LevelOfParentReference { get; } = [];
    public YearMap<PartialDate> EvaluationDates { get; set; } = YearMap<PartialDate>.Empty;
    /// <summary>Where each evaluated year is first marked, so a warning about that year can point at a real line.</summary>
    public Dictionary<FiscalYear, (SourceLocation At, string Field)> FirstMark { get; } = [];
}

/// <summary>A section id written in content, where it was written.</summary>
public sealed record SectionReference(string Id, YamlNode Node, string Path);
