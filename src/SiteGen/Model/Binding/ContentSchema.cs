using SiteGen.Schema;

namespace SiteGen.Model.Binding;

/// <summary>The kinds of content file, each with the shape of its front matter and the editor schema made from it.</summary>
public static class ContentSchema
{
    /// <param name="Folder">The folder under `content/` its files are in.</param>
    /// <param name="FolderPerFile">Each file is `index.md` in a folder of its own, named by its id (a plan and its pictures); otherwise `&lt;id&gt;.md`.</param>
    /// <param name="Plural">What a list of them is called (the browser editor's collection).</param>
    /// <param name="Body">What the Markdown after the front matter is, or null when the body is not read.</param>
    public sealed record Document(string Name, Shape Shape, string Title, string Folder, bool FolderPerFile, Doc Plural, Doc? Body)
    {
        public string SchemaFile => $"{Name}.schema.json";
        public string SchemaText() => JsonSchemaBuilder.Document(Shape, $"https://sitegen.invalid/schema/{SchemaFile}", Title);
    }

    public static readonly IReadOnlyList<Document> Documents =
    [
        new("plan", PlanShapes.Plan, "SiteGen plan (content/plans/<slug>/index.md front matter)", "plans", true, new("計画", "Plans"),
            new("本文（計画書の文章。Markdown）。英語の本文は index.en.md", "Narrative (the plan's own text, in Markdown); the English one is index.en.md")),
        new("area", AreaShapes.Area, "SiteGen service area (content/areas/<id>.md front matter)", "areas", false, new("地域", "Areas"),
            new("地域の説明（Markdown）。英語の説明は <id>.en.md", "Description of the area (Markdown); the English one is <id>.en.md")),
        new("organisation", OrganisationShapes.Organisation, "SiteGen organisation (content/organisations/<id>.md front matter)", "organisations", false,
            new("団体", "Organisations"), null),
        new("glossary", GlossaryShapes.Glossary, "SiteGen site glossary (content/glossary.md front matter)", "glossary.md", false, new("用語解説", "Glossary"),
            new("用語解説のページの前書き（Markdown）", "Introduction of the glossary page (Markdown)")),
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
