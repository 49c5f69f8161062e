using System.Text;
using SiteGen.Model.Binding;
using SiteGen.OpenData;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen schema`: writes what is derived from the content declaration for people and editors: the editor
/// JSON Schemas (schema/*.json), the open-data schema of plan.json, the field tables of docs/authoring.md and the column tables of docs/open-data.md. Run it after changing a shape.
/// </summary>
public static class SchemaCommand
{
    public static int Run(string? output, IReadOnlyList<string> docs, TextWriter stdout, TextWriter stderr, string? configPath = null)
    {
        // A text has a property per language of the site: the site's config says which, else ja and en.
        var languages = I18n.SiteLanguages.Default;
        if (configPath is not null || File.Exists("site.config.json"))
        {
            var (_, config, exit) = SiteLocation.Open(configPath ?? "site.config.json", stderr);
            if (config is null) return exit;
            languages = config.SiteLanguages;
        }
        using var scope = I18n.Languages.Use(languages);
        var folder = Path.GetFullPath(output ?? "schema");
        Directory.CreateDirectory(folder);
        foreach (var document in ContentSchema.Documents)
            Write(Path.Combine(folder, document.SchemaFile), document.SchemaText(), stdout);
        Write(Path.Combine(folder, PlanSchema.FileName), PlanSchema.Text(PlanSchema.CommittedId), stdout);

        foreach (var file in docs.Count > 0 ? docs : DefaultDocs.Where(File.Exists))
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"error: {file} does not exist");
                return ExitCodes.UsageError;
            }
            var (shapes, tables) = (new List<string>(), new List<string>());
            var text = ColumnReference.Update(FieldReference.Update(File.ReadAllText(file), ContentSchema.Shapes, shapes), tables);
            foreach (var name in shapes)
                stderr.WriteLine($"{file}: error: `<!-- fields: {name} … -->` names no shape; the shapes are: {string.Join(", ", ContentSchema.Shapes.Keys.Order(StringComparer.Ordinal))}");
            foreach (var name in tables)
                stderr.WriteLine($"{file}: error: `<!-- columns: {name} -->` names no table; the tables are: {string.Join(", ", PlanTables.All.Select(t => t.FileName))}");
            if (shapes.Count + tables.Count > 0) return ExitCodes.ContentErrors;
            Write(file, text, stdout);
        }
        return ExitCodes.Success;
    }

    private static readonly string[] DefaultDocs = [Path.Combine("docs", "authoring.md"), Path.Combine("docs", "open-data.md")];

    /// <summary>Only files whose text changed are written, so their times show what changed.</summary>
    private static void Write(string path, string text, TextWriter stdout)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            stdout.WriteLine($"unchanged {path}");
            return;
        }
        File.WriteAllText(path, text, new UTF8Encoding(false));
        stdout.WriteLine($"wrote {path}");
    }
}
