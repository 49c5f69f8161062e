using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SiteGen.Admin;

/// <summary>
/// A JSON tree written as block-style YAML, for people to read: mappings and lists indented by two spaces, a string
/// plain when YAML reads it back as the same string, otherwise double-quoted (JSON's escapes are YAML's).
/// </summary>
public static class YamlText
{
    public static string Write(JsonNode node)
    {
        var text = new StringBuilder();
        text.Append("# Made by SiteGen from the content schema (src/SiteGen/Admin/CmsConfig.cs) at every build: do not edit.\n");
        Block(node, 0, text);
        return text.ToString();
    }

    private static void Block(JsonNode? node, int indent, StringBuilder text)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    text.Append(pad).Append(Scalar(key)).Append(':');
                    Value(value, indent, text);
                }
                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    if (item is JsonObject { Count: > 0 } entry)
                    {
                        // `- first: …` then the other keys under it.
                        var first = true;
                        foreach (var (key, value) in entry)
                        {
                            text.Append(first ? pad + "- " : pad + "  ").Append(Scalar(key)).Append(':');
                            Value(value, indent + 2, text);
                            first = false;
                        }
                    }
                    else
                    {
                        text.Append(pad).Append('-');
                        Value(item, indent, text);
                    }
                }
                break;
        }
    }

    private static void Value(JsonNode? value, int indent, StringBuilder text)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }: text.Append(" {}\n"); break;
            case JsonArray { Count: 0 }: text.Append(" []\n"); break;
            case JsonObject or JsonArray:
                text.Append('\n');
                Block(value, indent + 2, text);
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue(out bool b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue(out string? s) => Scalar(s!),
        JsonValue v => v.ToJsonString(),
        _ => throw new ArgumentException("not a scalar", nameof(value)),
    };

    private static string Scalar(string s) => IsPlain(s) ? s : Quoted(s);

    /// <summary>A YAML double-quoted string: backslash, quote and control characters escaped, everything else as it is.</summary>
    private static string Quoted(string s)
    {
        var text = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>Letters, digits, `_`, `-`, `.`, `/` and spaces inside, starting with a letter, and not a word YAML reads as something else.</summary>
    private static bool IsPlain(string s) =>
        s.Length > 0 && char.IsAsciiLetter(s[0]) && s[^1] != ' ' &&
        s.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ' ') &&
        !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _) &&
        s.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n");
}
