using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>The kinds of content file, each with the shape of its front matter and the editor schema made from it.</summary>
public static class ContentSchema
{
    public sealed record Document(string Name, Shape Shape, string Title)
    {
        public string SchemaFile => $"{Name}.schema.json";
        public string SchemaText() => JsonSchemaBuilder.Document(Shape, $"https://sitegen.invalid/schema/{SchemaFile}", Title);
    }

    public static readonly IReadOnlyList<Document> Documents =
    [
        new("plan", PlanShapes.Plan, "SiteGen plan (content/plans/<slug>/index.md front matter)"),
        new("area", AreaShapes.Area, "SiteGen service area (content/areas/<id>.md front matter)"),
        new("organisation", OrganisationShapes.Organisation, "SiteGen organisation (content/organisations/<id>.md front matter)"),
        new("glossary", GlossaryShapes.Glossary, "SiteGen site glossary (content/glossary.md front matter)"),
    ];

    /// <summary>Every shape by name, nested ones included: what the docs' field tables are made from.</summary>
    public static IReadOnlyDictionary<string, Shape> Shapes { get; } = Collect();

    private static Dictionary<string, Shape> Collect()
    {
        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        void Add(Shape shape)
        {
            if (!shapes.TryAdd(shape.Name, shape))
            {
                if (!ReferenceEquals(shapes[shape.Name], shape)) throw new InvalidOperationException($"two shapes are named `{shape.Name}`");
                return;
            }
            foreach (var field in shape.Fields)
                if ((field.ItemType ?? field.Type).Shape is { } inner) Add(inner);
        }
        foreach (var document in Documents) Add(document.Shape);
        return shapes;
    }
}
