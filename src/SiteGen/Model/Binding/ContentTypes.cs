using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;
using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>What binding needs from outside the file: where references go and the organisations already bound.</summary>
public sealed class Links
{
    public ReferenceList References { get; init; } = new();
    public Func<string, Organisation?> Organisations { get; init; } = _ => null;
}

/// <summary>The value types that only this site's content has: references to other files, Japanese codes and numbers.</summary>
public static class ContentTypes
{
    public static readonly FieldType<string> AreaId = Reference(ReferenceKind.Area, new("地域の id（`content/areas/` のファイル名）", "area id (a file name in `content/areas/`)"));
    public static readonly FieldType<string> OrganisationId = Reference(ReferenceKind.Organisation, new("団体の id（`content/organisations/` のファイル名）", "organisation id (a file name in `content/organisations/`)"));
    public static readonly FieldType<string> PlanId = Reference(ReferenceKind.Plan, new("計画の id（フォルダ名）", "plan id (its folder name)"));

    /// <summary>An organisation that must already be bound (organisations bind before plans).</summary>
    public static readonly FieldType<Organisation> Publisher = new(new("団体の id（`content/organisations/` のファイル名）", "organisation id (a file name in `content/organisations/`)"),
        (node, path, context) =>
        {
            var id = Types.Id.Read(node, path, context);
            if (id is null) return null;
            if (context.State<Links>().Organisations(id) is { } organisation) return organisation;
            context.Error(node, path, $"there is no organisation `{id}`", $"add content/organisations/{id}.md, or use the id of an existing organisation");
            return null;
        },
        schemas => Types.Id.Schema(schemas),
        // The publisher's name and code with the plan, so a file of plans from many councils can be read on its own.
        new OpenForm<Organisation>(
            (w, o) =>
            {
                w.WriteStartObject();
                w.WriteString("id", o.Id);
                w.WritePropertyName("name");
                OpenForms.WriteText(w, o.Name);
                w.WritePropertyName("municipality");
                OpenForms.WriteText(w, o.Municipality);
                if (o.LocalGovernmentCode is { } code) w.WriteString("localGovernmentCode", code);
                else w.WriteNull("localGovernmentCode");
                w.WriteEndObject();
            },
            schemas => OpenForms.Record(null,
                ("id", Types.Id.OpenSchema(schemas)),
                ("name", Types.Text.OpenSchema(schemas)),
                ("municipality", Types.Text.OpenSchema(schemas)),
                ("localGovernmentCode", new JsonObject
                {
                    ["description"] = "全国地方公共団体コード: six digits with the check digit, as a string (it may start with 0).",
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{6}$" }, new JsonObject { ["type"] = "null" }),
                })),
            new CsvCells<Organisation>(["_id"], (o, cells) => cells.Add(o?.Id))));

    private static FieldType<string> Reference(ReferenceKind kind, Doc name) =>
        Types.Id.Then((id, node, path, context) =>
        {
            // A list's references are reported under the list's path (`actions[1].areas`), as staff read the list as one field.
            var field = path.EndsWith(']') ? path[..path.LastIndexOf('[')] : path;
            context.State<Links>().References.Add(kind, id, context.At(node), field);
            return id;
        }).As(name);

    /// <summary>全国地方公共団体コード: five digits and a check digit (JIS X 0401/0402), e.g. 122173 for Kashiwa.</summary>
    public static readonly FieldType<string> LocalGovernmentCode = new(new("全国地方公共団体コード（6 けた、`\"…\"` で囲む）", "local government code (six digits, in quotes)"),
        (node, path, context) =>
        {
            var value = Types.String.Read(node, path, context);
            if (value is null) return null;
            if (value.Length == 6 && value.All(char.IsAsciiDigit))
            {
                var sum = 0;
                for (var i = 0; i < 5; i++) sum += (value[i] - '0') * (6 - i);
                var check = (11 - sum % 11) % 10;
                if (value[5] - '0' == check) return value;
                context.Error(node, path, $"`{value}` has a wrong check digit (expected {value[..5]}{check})",
                    "copy the six-digit code from the Ministry of Internal Affairs' list of local government codes");
                return null;
            }
            context.Error(node, path, $"`{value}` is not a local government code", "write the six-digit code in quotes, e.g. \"122173\" for 柏市");
            return null;
        },
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{6}$" }, OpenForms.String);

    public static readonly FieldType<string> PostalCode = new(new("郵便番号（`277-0005`）", "postal code (`277-0005`)"),
        (node, path, context) =>
        {
            var value = Types.String.Read(node, path, context);
            if (value is null) return null;
            if (value.Length == 8 && value[3] == '-' && value.Remove(3, 1).All(char.IsAsciiDigit)) return value;
            context.Error(node, path, $"`{value}` is not a postal code", "write it as 277-0005 (without 〒)");
            return null;
        },
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{3}-[0-9]{4}$" }, OpenForms.String);

    public static readonly FieldType<string> Phone = new(new("電話番号（`04-7163-9000`）", "phone number (`04-7163-9000`)"),
        (node, path, context) =>
        {
            var value = Types.String.Read(node, path, context);
            if (value is null) return null;
            if (value.All(c => char.IsAsciiDigit(c) || c is '-' or '(' or ')' or ' ') && value.Count(char.IsAsciiDigit) is >= 10 and <= 11) return value;
            context.Error(node, path, $"`{value}` is not a phone number", "write the full number with area code, e.g. 04-7163-9000");
            return null;
        },
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9()\\- ]+$" }, OpenForms.String);
}
