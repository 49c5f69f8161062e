using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;
using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>
/// What any part of a plan (goal, direction, action) may carry: what each of the plan's actors does there,
/// the programmes listed under it, and its notes and columns. Declared once and added to each part's shape.
/// </summary>
public static class NodeShapes
{
    public static readonly Shape<Actor> Actor = Shape<Actor>.Declare("actor", new("主体", "Actor"), s =>
    {
        var id = s.Required("id", Id, "residents", new("計画の中で重ならない id。`roles:` で使います", "An id not used by another actor in the plan, used in `roles:`"));
        var name = s.Required("name", Text, "{ja: 市民一人ひとり, en: Each resident}", new("計画書に書かれているとおりの名前", "The name as the plan prints it"));
        return r => new Actor(r.Get(id), r.Get(name));
    });

    public static readonly Shape<Programme> Programme = Shape<Programme>.Declare("programme", new("事業", "Programme"), s =>
    {
        var name = s.Required("name", Text, "{ja: ふれあいサロン事業, en: Community salon programme}", new("事業の名前", "Name of the programme"));
        var runBy = s.Optional("runBy", Text, new("実施する課・団体（所管課・実施主体）", "Who runs it (responsible section or body)"));
        var timing = s.Optional("timing", Text, new("実施時期。決まっていなければ `{ja: 未定, en: not yet decided}`", "When it runs; if not decided, `{ja: 未定, en: not yet decided}`"));
        var note = s.Optional("note", Prose, new("備考", "Note"));
        return r => new Programme(r.Get(name), r.Get(runBy), r.Get(timing), r.Get(note));
    });

    public static readonly Shape<PlanNote> Note = Shape<PlanNote>.Declare("note", new("注記・コラム", "Note or column"), s =>
    {
        var kind = s.Optional("kind", Word(Words.NoteKinds), new("種類", "Kind"), NoteKind.Note);
        var title = s.Optional("title", Text, new("見出し（コラムの題など）", "Heading (a column's title)"));
        var body = s.Required("body", Prose, "{ja: …, en: …}", new("本文", "Text"));
        return r => new PlanNote(r.Get(kind)!.Value, r.Get(title), r.Get(body));
    });

    /// <summary>`{residents: [...], city: [...]}`: what each actor does, keyed by the ids the plan's `actors:` declares.</summary>
    public static readonly FieldType<IReadOnlyList<Role>> Roles = new(new("主体の id ごとの文章のリスト", "list of texts per actor id"),
        (node, path, context) =>
        {
            var map = MapReader.Of(node, path, context.Yaml);
            if (map is null) return null;
            var actors = context.State<PlanState>().Actors;
            var roles = new List<Role>();
            foreach (var (key, value) in map.Node.Children)
            {
                var id = (key as YamlScalarNode)?.Value ?? "";
                var field = $"{path}.{id}";
                if (actors.FirstOrDefault(a => a.Id == id) is not { } actor)
                {
                    context.Error(key, field, actors.Count == 0 ? $"`{id}` is not an actor of this plan: the plan declares no actors" : $"`{id}` is not an actor of this plan",
                        actors.Count == 0
                            ? "declare who acts in the plan first, e.g. `actors: [{id: residents, name: {ja: 市民一人ひとり, en: Each resident}}]`"
                            : $"use one of the ids under `actors:`: {string.Join(", ", actors.Select(a => a.Id))}");
                    continue;
                }
                var does = value is YamlSequenceNode ? ListOf(Text).Read(value, field, context) : Text.Read(value, field, context) is { } one ? [one] : null;
                if (does is { Count: > 0 }) roles.Add(new Role(actor, does));
            }
            // In the order the plan lists its actors, whatever order a part writes them in.
            return roles.OrderBy(r => IndexOf(actors, r.Actor)).ToList();
        },
        schemas => new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = Id.Schema(schemas),
            ["additionalProperties"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(Text.Schema(schemas), new JsonObject { ["type"] = "array", ["items"] = Text.Schema(schemas) }),
            },
        },
        new OpenForm<IReadOnlyList<Role>>(
            (w, roles) =>
            {
                w.WriteStartArray();
                foreach (var role in roles)
                {
                    w.WriteStartObject();
                    w.WriteString("actorId", role.Actor.Id);
                    w.WriteStartArray("does");
                    foreach (var text in role.Does) OpenForms.WriteText(w, text);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            },
            schemas => new JsonObject
            {
                ["type"] = "array",
                ["items"] = OpenForms.Record(null,
                    ("actorId", Id.OpenSchema(schemas)), ("does", new JsonObject { ["type"] = "array", ["items"] = Text.OpenSchema(schemas) })),
            },
            null), form: new Form(FormKind.Roles, Text));

    private static int IndexOf(IReadOnlyList<Actor> actors, Actor actor)
    {
        for (var i = 0; i < actors.Count; i++)
            if (ReferenceEquals(actors[i], actor)) return i;
        return actors.Count;
    }

    /// <summary>Adds the fields every part of a plan has to <paramref name="s"/>; the function reads them from a row.</summary>
    public static Func<Row, NodeParts> Declare<T>(Shape<T>.Builder s) where T : BoundRecord
    {
        var roles = s.Optional("roles", Roles,
            new("主体ごとの取り組み：`actors:` の id ごとに、その主体がすることのリスト", "What each actor does: per id of `actors:`, the list of what that actor does"), []);
        var programmes = s.List("programmes", Programme, new("事業（参考事業・具体的事業）のリスト", "List of programmes (reference or concrete programmes)"));
        var notes = s.List("notes", Note, new("この部分に付く注記・コラムのリスト", "Notes and columns that belong here"));
        return r => r.Get(roles).Count == 0 && r.Get(programmes).Count == 0 && r.Get(notes).Count == 0
            ? NodeParts.None
            : new NodeParts(r.Get(roles), r.Get(programmes), r.Get(notes));
    }
}
