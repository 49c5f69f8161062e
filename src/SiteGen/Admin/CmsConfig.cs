using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Config;
using SiteGen.Model.Binding;
using SiteGen.Schema;

namespace SiteGen.Admin;

/// <summary>
/// /admin/config.yml, Decap CMS's configuration, written from the content declaration (<see cref="ContentSchema"/>): one
/// collection per kind of content file, one widget per field, labels in Japanese then English from each field's
/// <see cref="Doc"/>. Nothing in it is kept by hand: a field added to a shape is in the editor at the next build.
/// <para>
/// What a widget cannot hold as the file writes it is marked `sitegen: …` on the field, and the page's front-matter format
/// (sitegen-format.js) converts on load and save: a `{ja, en}` text written as a plain string, a map by fiscal year
/// (`{2022: ◎}`, shown as a list of year and value rows), what each actor does (`{residents: […]}`, a list of actor and
/// texts), a value that is a number or a text, a period that may be `unknown`.
/// </para>
/// </summary>
public static class CmsConfig
{
    /// <summary>The data key the page's format sets to tell a file with front matter from a body in another language (`index.en.md`).</summary>
    public const string FileKindKey = "sitegenFile";

    public static string Write(AdminSettings settings, string siteUrl, IReadOnlyList<ContentSchema.Document>? documents = null) =>
        YamlText.Write(Config(settings, siteUrl, documents ?? ContentSchema.Documents));

    public static JsonObject Config(AdminSettings settings, string siteUrl, IReadOnlyList<ContentSchema.Document> documents)
    {
        var backend = new JsonObject { ["name"] = settings.Backend };
        if (settings.Repo is { } repo) backend["repo"] = repo;
        backend["branch"] = settings.Branch;
        if (settings.AuthUrl is { } authUrl) backend["base_url"] = authUrl;
        if (settings.AuthEndpoint is { } endpoint) backend["auth_endpoint"] = endpoint;
        if (settings.SiteDomain is { } domain) backend["site_domain"] = domain;
        backend["commit_messages"] = new JsonObject
        {
            ["create"] = "Create {{collection}} “{{slug}}” (admin)",
            ["update"] = "Update {{collection}} “{{slug}}” (admin)",
            ["delete"] = "Delete {{collection}} “{{slug}}” (admin)",
            ["uploadMedia"] = "Upload “{{path}}” (admin)",
            ["deleteMedia"] = "Delete “{{path}}” (admin)",
        };

        var config = new JsonObject
        {
            ["locale"] = "ja",
            ["backend"] = backend,
        };
        if (LocalBackend(settings) is { } local) config["local_backend"] = local;
        config["publish_mode"] = "simple";
        config["site_url"] = siteUrl;
        config["display_url"] = siteUrl;
        // Decap needs a media folder; the site publishes no uploaded pictures (docs/admin.md).
        config["media_folder"] = "content/media";
        config["public_folder"] = "/media";
        config["collections"] = new JsonArray([.. documents.SelectMany(Collections)]);
        return config;
    }

    private static JsonNode? LocalBackend(AdminSettings settings) => settings.LocalBackend switch
    {
        null => true,
        { ValueKind: JsonValueKind.False } => null,
        { ValueKind: JsonValueKind.String } url => new JsonObject { ["url"] = url.GetString() },
        _ => true,
    };

    private static IEnumerable<JsonObject> Collections(ContentSchema.Document document)
    {
        var fields = new JsonArray([.. document.Shape.Fields.Select(f => Field(f))]);
        if (document.Body is { } body)
            fields.Add((JsonNode)Body(Label(body), Hint(body)));
        if (document.Folder.EndsWith(".md", StringComparison.Ordinal))
        {
            // One file (the site glossary): a collection of that file alone.
            yield return new JsonObject
            {
                ["name"] = document.Name,
                ["label"] = Label(document.Plural),
                ["editor"] = new JsonObject { ["preview"] = false },
                ["files"] = new JsonArray(new JsonObject
                {
                    ["name"] = document.Name,
                    ["label"] = Label(document.Plural),
                    ["file"] = $"content/{document.Folder}",
                    ["format"] = Format(document),
                    ["fields"] = fields,
                }),
            };
            yield break;
        }
        fields.Insert(0, IdField(document));
        var identifier = document.Shape.Fields.FirstOrDefault(f => f.Key is "title" or "name")?.Key ?? document.Shape.Fields[0].Key;
        var collection = FolderCollection(document, document.Folder, Label(document.Plural), Label(document.Shape.Title), "front-matter", fields);
        collection["identifier_field"] = identifier;
        collection["summary"] = $"{{{{{identifier}.ja}}}}";
        if (document.FolderPerFile) collection["path"] = "{{slug}}/index";
        yield return collection;

        if (document.Body is not { } narrative) yield break;
        foreach (var language in I18n.Languages.Current.Translations) yield return Translation(document, narrative, language);
    }

    /// <summary>
    /// The bodies in one translation (`index.en.md`, `<id>.vi.md`): files of their own beside the Japanese ones, a collection
    /// per language of the files whose names end in `.<code>.md` (Decap lists a folder's files by the end of their names).
    /// </summary>
    private static JsonObject Translation(ContentSchema.Document document, Doc narrative, I18n.Language language)
    {
        var collection = FolderCollection(document, $"{document.Folder}-{language.Code}",
            $"{document.Plural.Ja}の本文（{language.Name}） / {document.Plural.En}: text in {language.Name}",
            $"{document.Shape.Title.Ja}の本文（{language.Name}） / {document.Shape.Title.En}: text in {language.Name}", "body", new JsonArray(
                IdField(document),
                new JsonObject { ["name"] = FileKindKey, ["widget"] = "hidden", ["default"] = "body" },
                Body($"本文（{language.Name}） / text in {language.Name} (body)", $"{narrative.Ja}  \n{narrative.En}")));
        collection["extension"] = $"{language.Code}.md";
        collection["identifier_field"] = IdKey;
        collection["summary"] = document.FolderPerFile ? "{{dirname}}" : "{{filename}}";
        if (document.FolderPerFile) collection["path"] = "{{slug}}/index";
        return collection;
    }

    /// <summary>
    /// A collection of the files of <paramref name="document"/>'s folder whose kind is <paramref name="kind"/> (front matter,
    /// or an English body): new entries named by the id typed, and no deleting (docs/admin.md: a deletion goes through review).
    /// </summary>
    private static JsonObject FolderCollection(ContentSchema.Document document, string name, string label, string singular, string kind, JsonArray fields) => new()
    {
        ["name"] = name,
        ["label"] = label,
        ["label_singular"] = singular,
        ["folder"] = $"content/{document.Folder}",
        ["extension"] = "md",
        ["format"] = Format(document),
        ["create"] = true,
        ["delete"] = false,
        ["slug"] = $"{{{{fields.{IdKey}}}}}",
        // The Japanese files and the English bodies (`*.en.md`) share the folder: the format marks which file is which.
        ["filter"] = new JsonObject { ["field"] = FileKindKey, ["value"] = kind },
        ["editor"] = new JsonObject { ["preview"] = false },
        ["fields"] = fields,
    };

    /// <summary>The editor-only field of an entry's id: its file or folder name, typed when the entry is new (sitegen-widgets.js).</summary>
    public const string IdKey = "sitegenId";

    private static JsonObject IdField(ContentSchema.Document document)
    {
        var (where, example, ja, en) = document.FolderPerFile
            ? ($"content/{document.Folder}/<id>/index.md", "kashiwa-5th", "フォルダの名前", "the folder's name")
            : ($"content/{document.Folder}/<id>.md", "kashiwa-kita", "ファイルの名前", "the file's name");
        var field = new JsonObject
        {
            ["name"] = IdKey,
            ["label"] = $"id（{ja}） / id ({en})",
            ["hint"] = $"{where} の <id>。英小文字・数字・ハイフン（例 {example}）。作った後はここでは変えられません  \n" +
                $"The <id> of {where}: a-z, 0-9 and hyphens (e.g. {example}); it cannot be changed here once created",
            ["widget"] = "sitegen-id",
            ["sitegen"] = "fileId",
            ["required"] = true,
        };
        field["pattern"] = FromSchema(Types.Id)["pattern"]!.DeepClone();
        return field;
    }

    private static JsonObject Body(string label, string? hint)
    {
        var body = new JsonObject { ["name"] = "body", ["label"] = label };
        if (hint is not null) body["hint"] = hint;
        body["widget"] = "markdown";
        // Raw first: the rich-text editor writes Markdown its own way, so it is used only when chosen.
        body["modes"] = new JsonArray("raw", "rich_text");
        body["required"] = false;
        return body;
    }

    /// <summary>The custom format registered for a kind of document by the admin page's script.</summary>
    public static string Format(ContentSchema.Document document) => $"sitegen-{document.Name}";

    /// <summary>One field of a shape as a Decap field: its widget, label, hint and whether it must be filled in.</summary>
    /// <param name="inRequired">
    /// The object the field is in must be there. Decap checks the fields of an object left empty too, so a field required
    /// in an optional object (a `change:` not written) is left to `sitegen check`.
    /// </param>
    public static JsonObject Field(Schema.Field field, bool inRequired = true)
    {
        var required = field.MustBeWritten && inRequired;
        var widget = field.ItemType is { } item ? ListOf(item) : Widget(field.Type, required);
        var result = new JsonObject
        {
            ["name"] = field.Key,
            ["label"] = Label(field.Doc) + $" ({field.Key})",
            ["required"] = required,
        };
        if (Hint(field.Doc) is { } hint) result["hint"] = hint;
        foreach (var (key, value) in widget) result[key] = value?.DeepClone();
        if (required && field.ItemType is not null && widget["widget"]?.GetValue<string>() == "list") result["min"] = 1;
        return result;
    }

    /// <summary>The widget of a value of <paramref name="type"/> (without name and label); <paramref name="required"/> for the parts of a text.</summary>
    public static JsonObject Widget(FieldType type, bool required = false)
    {
        // A mark is chosen from the plan's own scale, which the page reads from the entry (sitegen-widgets.js).
        if (ReferenceEquals(type, ActionShapes.Mark)) return new JsonObject { ["widget"] = "sitegen-mark" };
        switch (type.Form)
        {
            case { Kind: FormKind.Text }: return Languages(FormKind.Text, "string", required);
            case { Kind: FormKind.Prose }: return Languages(FormKind.Prose, "text", required);
            case { Kind: FormKind.Value }:
                var value = Languages(FormKind.Value, "string", required);
                value["hint"] = "数値は桁区切りなしでそのまま（1200）、文章は日本語と英語で / A number as it is (1200, no separators), or a text in each language";
                return value;
            case { Kind: FormKind.List, Of: { } item }: return ListOf(item);
            case { Kind: FormKind.ByYear, Of: { } inner }:
                return new JsonObject
                {
                    ["widget"] = "list",
                    ["sitegen"] = "byYear",
                    ["label_singular"] = "年度 / year",
                    ["collapsed"] = false,
                    ["summary"] = "{{fields.year}}",
                    ["fields"] = new JsonArray(
                        Named("year", "年度（西暦） / Fiscal year (Western)", YearWidget(), true),
                        Named("value", Label(inner.Name), Widget(inner, true), true)),
                };
            case { Kind: FormKind.Roles, Of: { } text }:
                return new JsonObject
                {
                    ["widget"] = "list",
                    ["sitegen"] = "roles",
                    ["label_singular"] = "主体 / actor",
                    ["collapsed"] = false,
                    ["summary"] = "{{fields.actor}}",
                    ["fields"] = new JsonArray(
                        Named("actor", "主体の id（actors） / Actor id (actors)", Widget(Types.Id), true),
                        Named("does", "すること / What it does", ListOf(text), true)),
                };
            case { Kind: FormKind.OrUnknown, Of: { } known }:
                if (known.Shape is { } knownShape)
                {
                    // The shape's fields, and a box to tick when the source does not say.
                    var fields = new JsonArray(Named("unknown", "不明・未定（資料に書かれていない） / Unknown (the source does not say)",
                        new JsonObject { ["widget"] = "boolean", ["default"] = false }, false));
                    foreach (var field in knownShape.Fields) fields.Add((JsonNode)Field(field, inRequired: false));
                    return new JsonObject { ["widget"] = "object", ["sitegen"] = "orUnknown", ["collapsed"] = false, ["fields"] = fields };
                }
                var plain = Widget(known, required);
                if (plain["pattern"] is JsonArray { Count: 2 } pattern)
                    plain["pattern"] = new JsonArray($"^(?:unknown|未定|不明)$|{pattern[0]!.GetValue<string>()}", pattern[1]!.GetValue<string>() + "、または unknown / or unknown");
                return plain;
            case { Kind: FormKind.Date }:
                var date = FromSchema(type);
                date["sitegen"] = "date";
                return date;
        }
        if (type.Shape is { } shape)
            return new JsonObject { ["widget"] = "object", ["collapsed"] = true, ["fields"] = new JsonArray([.. shape.Fields.Select(f => Field(f, required))]) };
        if (type.Vocabulary is { } words) return Select(words, multiple: false);
        return FromSchema(type);
    }

    private static JsonObject ListOf(FieldType item)
    {
        if (item.Vocabulary is { } words && item.Shape is null && item.Form is null) return Select(words, multiple: true);
        if (item.Shape is { } shape && item.Form is null)
            return new JsonObject
            {
                ["widget"] = "list",
                ["label_singular"] = Label(shape.Title),
                ["collapsed"] = true,
                ["summary"] = Summary(shape),
                ["fields"] = new JsonArray([.. shape.Fields.Select(f => Field(f))]),
            };
        // An empty value in a list of values is an empty cell (`~`), not a mistake.
        var one = Named("item", Label(item.Name), Widget(item, item.Form?.Kind != FormKind.Value), false);
        // A list of values (a table row's cells): an empty one is written `~`, and the others keep their places.
        return new JsonObject { ["widget"] = "list", ["field"] = one };
    }

    private static JsonObject Languages(FormKind kind, string widget, bool required) => new()
    {
        ["widget"] = "object",
        ["sitegen"] = kind.ToString().ToLowerInvariant(),
        ["collapsed"] = false,
        ["fields"] = new JsonArray([.. I18n.Languages.All.Select(l =>
            (JsonNode)new JsonObject { ["name"] = l.Code, ["label"] = l.Name, ["widget"] = widget, ["required"] = l == I18n.Language.Ja && required })]),
    };

    private static JsonObject Select(Vocabulary words, bool multiple)
    {
        var select = new JsonObject
        {
            ["widget"] = "select",
            ["options"] = new JsonArray([.. words.Entries.Select(e => (JsonNode)new JsonObject
            {
                ["label"] = $"{e.Doc.Ja} / {e.Doc.En} ({e.Word})",
                ["value"] = e.Word,
            })]),
        };
        if (multiple) select["multiple"] = true;
        return select;
    }

    private static JsonObject YearWidget() => new() { ["widget"] = "number", ["value_type"] = "int", ["min"] = 1900, ["max"] = 2200, ["step"] = 1 };

    /// <summary>A plain value: its JSON Schema says the widget (a whole number with its bounds, a string with its pattern).</summary>
    private static JsonObject FromSchema(FieldType type)
    {
        var builder = new JsonSchemaBuilder();
        var schema = Resolve(type.Schema(builder), builder);
        if (schema["type"]?.GetValue<string>() == "integer")
        {
            var number = new JsonObject { ["widget"] = "number", ["value_type"] = "int", ["step"] = 1 };
            if (schema["minimum"] is { } min) number["min"] = min.DeepClone();
            if (schema["maximum"] is { } max) number["max"] = max.DeepClone();
            return number;
        }
        if (schema["type"]?.GetValue<string>() == "number") return new JsonObject { ["widget"] = "number", ["value_type"] = "float" };
        var text = new JsonObject { ["widget"] = "string" };
        if (schema["pattern"]?.GetValue<string>() is { } regex)
            text["pattern"] = new JsonArray(regex, $"{type.Name.Ja}の形で書いてください / Write it as: {type.Name.En}");
        return text;
    }

    private static JsonObject Resolve(JsonNode schema, JsonSchemaBuilder builder) =>
        schema is JsonObject { } o && o["$ref"]?.GetValue<string>() is { } reference && builder.Definition(reference["#/$defs/".Length..]) is JsonObject definition
            ? definition
            : schema as JsonObject ?? [];

    private static JsonObject Named(string name, string label, JsonObject widget, bool required)
    {
        var field = new JsonObject { ["name"] = name, ["label"] = label, ["required"] = required };
        foreach (var (key, value) in widget) field[key] = value?.DeepClone();
        return field;
    }

    /// <summary>How a collapsed list entry is named: its number and title, or its id, or its name.</summary>
    private static string Summary(Shape shape)
    {
        var keys = shape.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        if (keys.Contains("number")) parts.Add("{{fields.number}}");
        else if (keys.Contains("id")) parts.Add("{{fields.id}}");
        foreach (var name in new[] { "title", "name", "label", "term", "statement", "header", "caption", "summary" })
            if (shape.Fields.FirstOrDefault(f => f.Key == name) is { } field)
            {
                parts.Add(field.Type.Form?.Kind is FormKind.Text or FormKind.Prose ? $"{{{{fields.{name}.ja}}}}" : $"{{{{fields.{name}}}}}");
                break;
            }
        if (parts.Count == 0 && keys.Contains("symbol")) parts.Add("{{fields.symbol}}");
        return parts.Count == 0 ? $"{{{{fields.{shape.Fields[0].Key}}}}}" : string.Join(" ", parts);
    }

    /// <summary>「日本語 / English」: the first phrase of each, as a field's label.</summary>
    public static string Label(Doc doc) => $"{FirstPhrase(doc.Ja, japanese: true)} / {FirstPhrase(doc.En, japanese: false)}";

    /// <summary>Both texts in full, when the label had to shorten them; null when the label says it all.</summary>
    public static string? Hint(Doc doc) =>
        FirstPhrase(doc.Ja, japanese: true) == doc.Ja && FirstPhrase(doc.En, japanese: false) == doc.En ? null : $"{doc.Ja}  \n{doc.En}";

    private static string FirstPhrase(string text, bool japanese)
    {
        var stops = japanese ? new[] { "。", "（", "：", "、" } : [". ", " (", ": ", "; ", ", "];
        var cut = stops.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut].Replace("**", "", StringComparison.Ordinal).TrimEnd('.');
    }
}
