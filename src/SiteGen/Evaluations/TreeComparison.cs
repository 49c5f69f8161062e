using SiteGen.Content.Yaml;

namespace SiteGen.Evaluations;

/// <summary>
/// Whether two front matters say the same outside the fields an import may change: the plan's `evaluated`, and each
/// action's `evaluations` and `evaluationComments`. Values, quoting and order are compared; positions are not.
/// </summary>
public static class TreeComparison
{
    /// <returns>Null when they agree, else the path of the first difference.</returns>
    public static string? FirstDifference(YamlMappingNode before, YamlMappingNode after) => Compare(before, after, "", Skip);

    private static bool Skip(string path) =>
        path == "evaluated" || (path.StartsWith("actions[", StringComparison.Ordinal) &&
                                (path.EndsWith("].evaluations", StringComparison.Ordinal) || path.EndsWith("].evaluationComments", StringComparison.Ordinal)));

    private static string? Compare(YamlNode a, YamlNode b, string path, Func<string, bool> skip)
    {
        switch (a, b)
        {
            case (YamlScalarNode x, YamlScalarNode y):
                return x.Value == y.Value && x.IsPlain == y.IsPlain ? null : path;
            case (YamlSequenceNode x, YamlSequenceNode y):
                if (x.Children.Count != y.Children.Count) return path;
                for (var i = 0; i < x.Children.Count; i++)
                    if (Compare(x.Children[i], y.Children[i], $"{path}[{i}]", skip) is { } difference) return difference;
                return null;
            case (YamlMappingNode x, YamlMappingNode y):
                var left = Fields(x, path, skip);
                var right = Fields(y, path, skip);
                if (left.Count != right.Count) return path;
                for (var i = 0; i < left.Count; i++)
                {
                    if (left[i].Name != right[i].Name) return path;
                    if (Compare(left[i].Value, right[i].Value, left[i].Path, skip) is { } difference) return difference;
                }
                return null;
            default:
                return path;
        }
    }

    private static List<(string Name, string Path, YamlNode Value)> Fields(YamlMappingNode map, string path, Func<string, bool> skip) =>
        map.Children
            .Select(p => (Name: (p.Key as YamlScalarNode)?.Value ?? "?", p.Value))
            .Select(p => (p.Name, Path: path.Length == 0 ? p.Name : $"{path}.{p.Name}", p.Value))
            .Where(p => !skip(p.Path))
            .ToList();
}
