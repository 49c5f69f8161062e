using System.Text;
using SiteGen.Model.Binding;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen schema`: writes what is derived from the content declaration for people and editors: the editor
/// JSON Schemas (schema/*.json) and the field tables of the docs (docs/authoring.md). Run it after changing a shape.
/// </summary>
public static class SchemaCommand
{
    public static int Run(string? output, IReadOnlyList<string> docs, TextWriter stdout, TextWriter stderr)
    {
        var folder = Path.GetFullPath(output ?? "schema");
        Directory.CreateDirectory(folder);
        foreach (var document in ContentSchema.Documents)
            Write(Path.Combine(folder, document.SchemaFile), document.SchemaText(), stdout);

        foreach (var file in docs.Count > 0 ? docs : File.Exists(DefaultDocs) ? [DefaultDocs] : [])
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"error: {file} does not exist");
                return ExitCodes.UsageError;
            }
            var unknown = new List<string>();
            var text = FieldReference.Update(File.ReadAllText(file), ContentSchema.Shapes, unknown);
            foreach (var name in unknown)
                stderr.WriteLine($"{file}: error: `<!-- fields: {name} … -->` names no shape; the shapes are: {string.Join(", ", ContentSchema.Shapes.Keys.Order(StringComparer.Ordinal))}");
            if (unknown.Count > 0) return ExitCodes.ContentErrors;
            Write(file, text, stdout);
        }
        return ExitCodes.Success;
    }

    private static readonly string DefaultDocs = Path.Combine("docs", "authoring.md");

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
