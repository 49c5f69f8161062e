using SiteGen.Content.Yaml;
using SiteGen.Model.Binding;

namespace SiteGen.Evaluations;

/// <summary>The changes of one year turned into text edits of the plan's front matter, at the nodes the YAML tree places them.</summary>
public static class PlanEdits
{
    public static readonly IReadOnlyList<string> ActionFields = [.. ActionShapes.Action.Fields.Select(f => f.Key)];
    public static readonly IReadOnlyList<string> PlanFields = [.. PlanShapes.Plan.Fields.Select(f => f.Key)];

    /// <exception cref="EditException">The file is written in a way the edits cannot follow (reported with its line).</exception>
    public static string Apply(FrontMatterText file, EvaluationChanges changes)
    {
        var edits = new YamlTextEdits(file);
        var year = changes.Year.Year;
        // Marks first: a mark and a comment added to the same action go in that order.
        foreach (var change in changes.Marks)
            edits.Set(ActionNode(file, change.Action.Id), "evaluations", year, YamlScalar.Of(change.New), ActionFields);
        foreach (var change in changes.Comments)
        {
            var node = ActionNode(file, change.Action.Id);
            if (change.New is null) edits.Remove(node, "evaluationComments", year);
            else edits.Set(node, "evaluationComments", year, YamlScalar.Text(change.New), ActionFields);
        }
        if (changes.Date is { } date) edits.Set(file.Root, "evaluated", year, date.New.Iso, PlanFields);
        return edits.Apply();
    }

    private static YamlMappingNode ActionNode(FrontMatterText file, string id) =>
        (file.Root.ValueOf("actions") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .FirstOrDefault(a => a.ValueOf("id") is YamlScalarNode s && s.Value == id)
        ?? throw new EditException($"the action {id} is not under `actions:` in the file");
}
