using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;
using SiteGen.I18n;
using SiteGen.Markup.Nesting;
using SiteGen.Markup.Notation;
using SiteGen.Model;

namespace SiteGen.Schema;

/// <summary>The value types of the content model, each with its reader, its JSON Schema and its name in the docs.</summary>
public static class Types
{
    /// <summary>`{ja: …, en: …}`: every text read through it counts towards translation coverage.</summary>
    public static readonly FieldType<LocalizedText> Text = new(new("文章（`{ja: …, en: …}`）", "text (`{ja: …, en: …}`)"),
        (node, path, context) =>
        {
            var text = YamlValues.Text(node, path, context.Yaml);
            context.Translatable(text);
            if (text is not null) CheckNotation(text, node, path, context);
            return text;
        },
        _ => new JsonObject
        {
            ["description"] = "Text in each language: {ja: …, en: …}. Japanese is required; a plain text counts as Japanese only.",
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject(Languages.All.Select(l => KeyValuePair.Create(l.Code, (JsonNode?)(l == Language.Ja
                        ? new JsonObject { ["type"] = "string", ["minLength"] = 1 }
                        : new JsonObject { ["type"] = new JsonArray("string", "null") })))),
                    ["required"] = new JsonArray("ja"),
                    ["additionalProperties"] = false,
                }),
        }, OpenForms.Text, "text", form: Form.Text);

    /// <summary>Warns where a text departs from the site's notation, at the value of its language.</summary>
    private static void CheckNotation(LocalizedText text, YamlNode node, string path, BindContext context)
    {
        foreach (var language in Languages.All)
        {
            if (text.Exact(language) is not { } value) continue;
            var at = (node as YamlMappingNode)?.ValueOf(language.Code) ?? node;
            var field = node is YamlMappingNode ? $"{path}.{language.Code}" : path;
            foreach (var problem in NotationRules.Find(value, language))
                context.Warning(at, field, problem.Message, problem.Hint);
            // A quoted text starts one column after its quote; one over several lines is reported at its start.
            if (value.Contains('※'))
                context.Mark(new(value, language, context.At(at), field,
                    at is YamlScalarNode scalar && !value.Contains('\n') ? scalar.Column + (scalar.IsPlain ? 0 : 1) : null));
        }
    }

    /// <summary>
    /// A longer text: several paragraphs (a blank line between) and lists (`- ` lines) are kept as Markdown, so
    /// Markdown nested deeper than a page can show is reported here, at the text, not when a page fails to render.
    /// </summary>
    public static readonly FieldType<LocalizedText> Prose = Text.Then((text, node, path, context) =>
    {
        var shown = true;
        foreach (var code in Languages.All.Select(l => l.Code))
        {
            if (NestingCheck.TooDeep(text.Exact(code)) is null) continue;
            context.Error((node as YamlMappingNode)?.ValueOf(code) ?? node, node is YamlMappingNode ? $"{path}.{code}" : path, NestingCheck.FieldMessage, NestingCheck.Hint);
            shown = false;
        }
        return shown ? text : null;
    }).As(new("文章（段落・箇条書きは Markdown で）", "text (paragraphs and lists in Markdown)"), form: Form.Prose);

    /// <summary>A text written once for every language: a number as printed ("(1)", "①"), a mark, a reading.</summary>
    public static readonly FieldType<string> String = new(new("文字列", "string"),
        (node, path, context) => YamlValues.String(node, path, context.Yaml),
        _ => new JsonObject { ["type"] = "string" }, OpenForms.String);

    public static readonly FieldType<string> Id = new(new("id（英小文字・数字・ハイフン）", "id (a-z, 0-9, hyphens)"),
        (node, path, context) => YamlValues.Id(node, path, context.Yaml),
        _ => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = "^[a-z0-9][a-z0-9-]{0,79}$",
            ["description"] = "Lowercase letters a-z, digits and hyphens.",
        }, OpenForms.Id, "id");

    public static readonly FieldType<int?> Int = new(new("整数", "whole number"),
        (node, path, context) => YamlValues.Int(node, path, context.Yaml),
        _ => new JsonObject { ["type"] = "integer" }, OpenForms.Integer);

    public static readonly FieldType<FiscalYear?> Year = new(new("年度（西暦）", "fiscal year (Western)"),
        (node, path, context) => YamlValues.Year(node, path, context.Yaml),
        _ => new JsonObject
        {
            ["type"] = "integer",
            ["minimum"] = 1900,
            ["maximum"] = 2200,
            ["description"] = "A Western fiscal year: 令和4年度 is 2022.",
        }, OpenForms.Year, "year");

    public static readonly FieldType<PartialDate> Date = new(new("日付（`2022-03`）", "date (`2022-03`)"),
        (node, path, context) => YamlValues.Date(node, path, context.Yaml),
        _ => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            ["description"] = "2022, 2022-03 or 2022-03-31.",
        }, OpenForms.Date, "date", form: Form.Date);

    /// <summary>A number or a translated text; the text counts towards coverage.</summary>
    public static readonly FieldType<Value> Value = new(new("値（数値または文章）", "value (a number or a text)"),
        (node, path, context) =>
        {
            var value = YamlValues.ValueOf(node, path, context.Yaml);
            context.Translatable(value?.Text);
            return value;
        },
        schemas => new JsonObject
        {
            ["description"] = "A number (without thousands separators) or a text in each language.",
            ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, Text.Schema(schemas)),
        }, OpenForms.Value, "value", form: Form.Value);

    public static readonly FieldType<string> Url = new(new("ウェブアドレス（https://…）", "web address (https://…)"),
        (node, path, context) => YamlValues.Url(node, path, context.Yaml),
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^https?://" }, OpenForms.String);

    public static readonly FieldType<string> Email = new(new("メールアドレス", "email address"),
        (node, path, context) => YamlValues.Email(node, path, context.Yaml),
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" }, OpenForms.String);

    /// <summary>
    /// A value the source may not give: `unknown` (or 未定・不明) says so explicitly, so a missing field is still an error
    /// and no page shows an invented value.
    /// </summary>
    public static FieldType<Stated<T>> OrUnknown<T>(FieldType<T> type) where T : class =>
        new(new($"{type.Name.Ja}、または `unknown`（不明・未定）", $"{type.Name.En}, or `unknown`"),
            (node, path, context) => node is YamlScalarNode { Value: "unknown" or "未定" or "不明" }
                ? Stated<T>.Unknown
                : type.Read(node, path, context) is { } value ? new Stated<T>(value) : null,
            schemas => new JsonObject { ["anyOf"] = new JsonArray(type.Schema(schemas), new JsonObject { ["enum"] = new JsonArray("unknown", "未定", "不明") }) },
            OpenForms.OrUnknown(type), shape: type.Shape, form: new Form(FormKind.OrUnknown, type));

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public static FieldType<int?> AtLeast(int minimum, string message, string hint) =>
        new(new($"{minimum} 以上の整数", $"whole number, {minimum} or more"),
            (node, path, context) =>
            {
                var value = YamlValues.Int(node, path, context.Yaml);
                if (value is null || value >= minimum) return value;
                context.Error(node, path, message, hint);
                return null;
            },
            _ => new JsonObject { ["type"] = "integer", ["minimum"] = minimum }, OpenForms.Integer);

    public static FieldType<T?> Word<T>(Vocabulary<T> vocabulary) where T : struct, Enum =>
        new(new("語", "word"),
            (node, path, context) =>
            {
                var value = (node as YamlScalarNode)?.Value;
                if (value is not null && vocabulary.TryParse(value, out var result)) return result;
                context.Error(node, path, $"`{value ?? YamlValues.Describe(node)}` is not allowed here",
                    $"write one of: {string.Join(", ", vocabulary.Words)}");
                return null;
            },
            _ => new JsonObject { ["enum"] = new JsonArray([.. vocabulary.Words.Select(w => (JsonNode)w)]) },
            OpenForms.Word(vocabulary), vocabulary.Name, vocabulary: vocabulary);

    public static FieldType<IReadOnlyList<T>> ListOf<T>(FieldType<T> item) =>
        new(new($"{item.Name.Ja}のリスト", $"list of {item.Name.En}"),
            (node, path, context) => YamlValues.List(node, path, context.Yaml, (n, p, _) => item.Read(n, p, context)),
            schemas => new JsonObject { ["type"] = "array", ["items"] = item.Schema(schemas) },
            OpenForms.List(item), shape: item.Shape, vocabulary: item.Vocabulary, form: new Form(FormKind.List, item));

    /// <summary>
    /// `{2022: 1150, 2024: 1200}`: values by fiscal year, the years checked against the plan period that
    /// <paramref name="period"/> gives. Outside the period is an error, or a warning with <paramref name="outsidePeriodWarningHint"/>.
    /// </summary>
    public static FieldType<YearMap<T>> ByYear<T>(FieldType<T> value, Func<BindContext, PlanPeriod?> period, string? outsidePeriodWarningHint = null) =>
        new(new($"年度ごとの{value.Name.Ja}（`{{年度: …}}`）", $"{value.Name.En} by fiscal year (`{{year: …}}`)"),
            (node, path, context) => YamlValues.ByYear(node, path, context.Yaml, (n, p, _) => value.Read(n, p, context), period(context), outsidePeriodWarningHint),
            schemas => new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = schemas.Reference("yearKey", () => new JsonObject { ["type"] = "string", ["pattern"] = "^(19|2[01])[0-9]{2}$" }),
                ["additionalProperties"] = value.Schema(schemas),
            }, OpenForms.ByYear(value), form: new Form(FormKind.ByYear, value));
}
