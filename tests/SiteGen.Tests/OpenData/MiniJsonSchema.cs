using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.OpenData;

/// <summary>
/// A validator for the subset of JSON Schema draft 2020-12 that plan.schema.json uses. Any other
/// keyword makes it fail loudly (see <see cref="UnknownKeywords"/>), so the schema cannot grow a
/// keyword these tests would silently ignore.
/// </summary>
public sealed class MiniJsonSchema(JsonElement root)
{
    /// <summary>Keywords that only describe: they never make an instance invalid.</summary>
    public static readonly IReadOnlySet<string> Annotations = new HashSet<string> { "$schema", "$id", "$defs", "title", "description" };

    public static readonly IReadOnlySet<string> Assertions = new HashSet<string>
    {
        "$ref", "type", "properties", "required", "additionalProperties", "items", "anyOf", "enum", "const", "pattern", "minimum", "minLength",
    };

    /// <summary>Every error, as "JSON path: message"; empty when the instance is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    /// <summary>Keywords anywhere in the schema that this validator does not know.</summary>
    public static List<string> UnknownKeywords(JsonElement schema, string path = "#")
    {
        var unknown = new List<string>();
        if (schema.ValueKind != JsonValueKind.Object) return unknown;
        foreach (var property in schema.EnumerateObject())
        {
            var here = path + "/" + property.Name;
            if (!Annotations.Contains(property.Name) && !Assertions.Contains(property.Name)) unknown.Add(here);
            switch (property.Name)
            {
                case "properties" or "$defs":
                    foreach (var sub in property.Value.EnumerateObject()) unknown.AddRange(UnknownKeywords(sub.Value, here + "/" + sub.Name));
                    break;
                case "items" or "additionalProperties":
                    unknown.AddRange(UnknownKeywords(property.Value, here));
                    break;
                case "anyOf":
                    var i = 0;
                    foreach (var sub in property.Value.EnumerateArray()) unknown.AddRange(UnknownKeywords(sub, $"{here}/{i++}"));
                    break;
            }
        }
        return unknown;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False) { errors.Add($"{path}: not allowed"); return; }
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$schema" or "$id" or "$defs" or "title" or "description":
                    break;
                case "$ref":
                    Check(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToList() : [value.GetString()!];
                    if (!types.Any(t => HasType(instance, t))) errors.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                    break;
                case "properties":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    foreach (var property in value.EnumerateObject())
                        if (instance.TryGetProperty(property.Name, out var child)) Check(property.Value, child, $"{path}.{property.Name}", errors);
                    break;
                case "required":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    foreach (var name in value.EnumerateArray().Select(n => n.GetString()!))
                        if (!instance.TryGetProperty(name, out _)) errors.Add($"{path}: `{name}` is required");
                    break;
                case "additionalProperties":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    var known = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var property in instance.EnumerateObject().Where(p => !known.Contains(p.Name)))
                        Check(value, property.Value, $"{path}.{property.Name}", errors);
                    break;
                case "items":
                    if (instance.ValueKind != JsonValueKind.Array) break;
                    var index = 0;
                    foreach (var item in instance.EnumerateArray()) Check(value, item, $"{path}[{index++}]", errors);
                    break;
                case "anyOf":
                    var branches = value.EnumerateArray().Select(branch => { var e = new List<string>(); Check(branch, instance, path, e); return e; }).ToList();
                    if (branches.All(e => e.Count > 0)) errors.Add($"{path}: matches none of anyOf ({string.Join("; ", branches.SelectMany(e => e))})");
                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance))) errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    break;
                case "const":
                    if (!JsonElement.DeepEquals(value, instance)) errors.Add($"{path}: expected {value.GetRawText()}");
                    break;
                case "pattern":
                    if (instance.ValueKind == JsonValueKind.String && !Regex.IsMatch(instance.GetString()!, value.GetString()!))
                        errors.Add($"{path}: `{instance.GetString()}` does not match {value.GetString()}");
                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < value.GetDecimal())
                        errors.Add($"{path}: {instance.GetRawText()} is less than {value.GetRawText()}");
                    break;
                case "minLength":
                    if (instance.ValueKind == JsonValueKind.String && instance.GetString()!.EnumerateRunes().Count() < value.GetInt32())
                        errors.Add($"{path}: shorter than {value.GetInt32()}");
                    break;
                default:
                    throw new NotSupportedException($"the test validator does not know the keyword `{keyword.Name}`");
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() == decimal.Truncate(instance.GetDecimal()),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"unknown type `{type}`"),
    };

    /// <summary>A reference inside this schema: "#/$defs/text".</summary>
    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException($"only local references are supported: {reference}");
        var node = root;
        foreach (var token in reference[2..].Split('/'))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!node.TryGetProperty(name, out node)) throw new InvalidOperationException($"the reference {reference} points nowhere");
        }
        return node;
    }
}
