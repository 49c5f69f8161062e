using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>The checks across a plan's parts that no single field can make: unique ids, references inside the plan, evaluation dates.</summary>
internal static class PlanChecks
{
    /// <summary>
    /// `evaluated: {2019: 2020-06}`: when each year's evaluation was published, the date of its feed entry.
    /// A dated year must have marks, and the date cannot precede the fiscal year it evaluates. A year with marks
    /// but no date gets no feed entry (a feed must never invent a date); it is worth a warning only when the
    /// evaluation came after the plan's own document, because then nothing announces it at all.
    /// </summary>
    public static YearMap<PartialDate> EvaluationDates(Row row, YamlMappingNode? node, YearMap<PartialDate> dates,
        IReadOnlyList<ActionItem> actions, PartialDate? published, PartialDate? revised)
    {
        var context = row.Context;
        var marked = actions.SelectMany(a => a.Evaluations.Keys).Distinct().Order().ToList();
        var kept = new Dictionary<FiscalYear, PartialDate>();
        foreach (var (year, date) in dates)
        {
            var (key, value) = node!.Children.First(p => PlanShapes.YearOfKey(p.Key) == year);
            var field = $"{row.Map.FieldPath("evaluated")}.{((YamlScalarNode)key).Value}";
            if (!marked.Contains(year))
            {
                context.Error(key, field, $"no action has an evaluation for {year.Year}",
                    marked.Count == 0
                        ? $"add the marks under the actions' `evaluations:` (e.g. `evaluations: {{{year.Year}: 〇}}`), or remove this year"
                        : $"the years with marks are {string.Join(", ", marked.Select(y => y.Year))}; add the marks under the actions' `evaluations:`, or remove this year");
                continue;
            }
            // Compare at the latest day the date can mean: `2020` may be December 2020, `2020-03` cannot be in FY2020.
            if ((date.Year, date.Month ?? 12, date.Day ?? 31).CompareTo((year.Year, 4, 1)) < 0)
            {
                context.Error(value, field, $"the evaluation of FY{year.Year} is dated {date.Iso}, before that fiscal year began ({year.Year}-04)",
                    $"write when the evaluation was published, e.g. `{year.Year}: {year.Year + 1}-06`; the key is the fiscal year evaluated, as a Western year: 令和2年度 is 2020");
                continue;
            }
            kept[year] = date;
        }

        var document = revised is not null && published is not null && revised.CompareTo(published) > 0 ? revised : published;
        // A year written under `evaluated:` but wrongly has its error already; only wholly missing years are warned about.
        var written = node?.Children.Select(p => PlanShapes.YearOfKey(p.Key)).OfType<FiscalYear>().ToHashSet() ?? [];
        var firstMark = context.State<PlanState>().FirstMark;
        foreach (var year in marked.Where(y => !written.Contains(y)))
        {
            // FY2020 ends in March 2021: a document of that month or later can contain its evaluation, and its own
            // feed entry (published or revised) announces it. A later evaluation is announced by nothing.
            if (document is not null && (document.Year, document.Month ?? 12).CompareTo((year.Year + 1, 3)) >= 0) continue;
            if (!firstMark.TryGetValue(year, out var mark)) continue;
            context.Diagnostics.Warning(mark.At, mark.Field,
                $"the actions are evaluated for FY{year.Year}, but `evaluated` gives no date for it, so the site's update feed does not announce this evaluation",
                $"add the month the evaluation was published to the plan, e.g. `evaluated: {{{year.Year}: {year.Year + 1}-06}}`");
        }
        return YearMap<PartialDate>.From(kept);
    }

    /// <summary>Ids are unique within their own list (a goal and an action may share one); the second use is the one to rename.</summary>
    public static void Unique(Row row, string field, YamlNode? list, IEnumerable<string> ids)
    {
        foreach (var group in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            var node = FindIdNodes(list ?? row.Node, group.Key).Skip(1).FirstOrDefault() ?? list ?? row.Node;
            row.Context.Error(node, field, $"the id `{group.Key}` is used {group.Count()} times", "give each entry its own id");
        }
    }

    private static IEnumerable<YamlNode> FindIdNodes(YamlNode node, string id)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: "id" } && v is YamlScalarNode s && s.Value == id) yield return v;
                    foreach (var found in FindIdNodes(v, id)) yield return found;
                }
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children)
                    foreach (var found in FindIdNodes(child, id)) yield return found;
                break;
        }
    }

    /// <summary>At most <see cref="Plan.MaxLevels"/> levels: a page has headings down to h6 only.</summary>
    public static void Levels(Row row, YamlNode? node, string field, IReadOnlyList<PlanLevel> levels)
    {
        if (levels.Count <= Plan.MaxLevels || node is not YamlSequenceNode list) return;
        row.Context.Error(list.Children[Plan.MaxLevels], $"{field}[{Plan.MaxLevels + 1}]", $"the plan declares {levels.Count} levels; a page can show at most {Plan.MaxLevels} above the actions",
            "the lowest level is usually the actions themselves (取組・事業): write those as `actions:`, or their programmes as `programmes:`");
    }

    /// <summary>Each `parent:` and `section:` names a section of this plan, and a parent is of a higher level than its child.</summary>
    public static void InternalReferences(BindContext context, IReadOnlyList<PlanSection> sections,
        IReadOnlyList<DataTable> tables, IReadOnlyList<DistrictPlan> districtPlans)
    {
        var state = context.State<PlanState>();
        var byId = new Dictionary<string, PlanSection>(StringComparer.Ordinal);
        foreach (var section in sections) byId.TryAdd(section.Id, section);
        foreach (var reference in state.SectionReferences)
        {
            state.LevelOfParentReference.TryGetValue(reference.Node, out var childLevel);
            var allowed = sections.Where(s => childLevel is null || Depth(state, s.Level) < Depth(state, childLevel)).Select(s => s.Id);
            if (!byId.TryGetValue(reference.Id, out var target))
                context.Error(reference.Node, reference.Path, $"there is no section `{reference.Id}` in this plan", $"use one of: {List(allowed)}");
            else if (childLevel is not null && Depth(state, target.Level) >= Depth(state, childLevel))
                context.Error(reference.Node, reference.Path, $"`{reference.Id}` is a section of level `{target.Level.Id}`, not above `{childLevel.Id}`",
                    $"a parent must be of a higher level (listed earlier under `levels:`); use one of: {List(allowed)}");
        }
        var tableIds = tables.Select(t => t.Id).ToHashSet();
        foreach (var d in districtPlans)
            foreach (var missing in d.TableIds.Where(t => !tableIds.Contains(t)))
                context.Diagnostics.Error(new SourceLocation(context.File, d.Line, 1), $"districtPlans.{d.Id}.tables",
                    $"there is no table `{missing}` in this plan", $"use one of: {List(tableIds)}");
    }

    private static int Depth(PlanState state, PlanLevel level)
    {
        for (var i = 0; i < state.Levels.Count; i++)
            if (ReferenceEquals(state.Levels[i], level)) return i;
        return 0;
    }

    private static string List(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Order(StringComparer.Ordinal)) : "(none defined yet)";
}
