using System.Text;
using System.Text.Json.Nodes;
using SiteGen.I18n;
using SiteGen.Model.Binding;
using SiteGen.Schema;

namespace SiteGen.OpenData;

/// <summary>
/// data/schema/plan.schema.json: the JSON Schema (draft 2020-12) every plan.json (and every item of plans.json's
/// "plans") validates against, made from the content declaration as the writer is (<see cref="PlanJson"/>). Every
/// property is required, because the writer always writes every property, with null where the plan does not say.
/// `sitegen schema` also writes it to schema/open-data.schema.json, where a test holds the committed copy to it.
/// </summary>
public static class PlanSchema
{
    /// <summary>The file `sitegen schema` writes beside the editor schemas.</summary>
    public const string FileName = "open-data.schema.json";

    /// <summary>The "$id" of the committed copy, as the editor schemas have theirs.</summary>
    public const string CommittedId = "https://sitegen.invalid/schema/" + FileName;

    /// <summary>The schema, with "$id" set to <paramref name="id"/> when the site's address is known.</summary>
    public static byte[] Bytes(string? id) => new UTF8Encoding(false).GetBytes(Text(id));

    public static string Text(string? id)
    {
        var schemas = new JsonSchemaBuilder();
        var plan = schemas.OpenObject(PlanShapes.Plan);
        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string", ["description"] = "The address of this schema." },
            ["formatVersion"] = new JsonObject { ["const"] = PlanJson.FormatVersion },
            ["slug"] = new JsonObject { ["allOf"] = new JsonArray(Types.Id.OpenSchema(schemas)), ["description"] = "The plan's name in its page address and data folder." },
            ["pages"] = Pages(),
        };
        foreach (var (key, value) in (JsonObject)plan["properties"]!)
            if (!properties.TryAdd(key, value!.DeepClone()))
                throw new InvalidOperationException($"the plan field `{key}` has the name of a property the site writes itself");
        properties["areas"] = Areas(schemas);

        var document = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
        if (id is not null) document["$id"] = id;
        document["title"] = "Community welfare plan (SiteGen open data)";
        document["description"] = "One plan as its content file declares it, with its page addresses and the areas it mentions. " +
            "Texts are {ja, en}; en is null when not translated. Years are Western fiscal years (FY2022 = 令和4年度 = April 2022 to March 2023). " +
            "Values by year are lists of {fiscalYear, value}, oldest first. See docs/open-data.md.";
        document["type"] = "object";
        document["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]);
        document["additionalProperties"] = false;
        document["properties"] = properties;
        document["$defs"] = schemas.Definitions.DeepClone();
        return JsonSchemaBuilder.Write(document);
    }

    private static JsonObject Pages() =>
        OpenForms.Record("The plan's page on this site in each language.",
            [.. Languages.All.Select(l => (l.Code, (JsonNode)new JsonObject { ["type"] = "string", ["minLength"] = 1 }))]);

    private static JsonObject Areas(JsonSchemaBuilder schemas) => new()
    {
        ["type"] = "array",
        ["description"] = "Every area the plan mentions (its coverage, the areas of its actions and district plans), described from content/areas/.",
        ["items"] = OpenForms.Record(null,
            ("id", Types.Id.OpenSchema(schemas)),
            ("name", OpenForms.OrNull(Types.Text.OpenSchema(schemas))),
            ("layer", OpenForms.OrNull(new JsonObject { ["enum"] = new JsonArray([.. Words.Layers.Words.Select(w => (JsonNode)w)]) })),
            ("parentId", OpenForms.OrNull(Types.Id.OpenSchema(schemas))),
            ("organisationId", OpenForms.OrNull(Types.Id.OpenSchema(schemas))),
            ("coverage", new JsonObject { ["type"] = "boolean" }),
            ("districtPlan", new JsonObject { ["type"] = "boolean" }),
            ("actionCount", new JsonObject { ["type"] = "integer", ["minimum"] = 0 })),
    };
}
