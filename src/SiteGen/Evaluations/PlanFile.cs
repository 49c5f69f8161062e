using System.Text;

namespace SiteGen.Evaluations;

/// <summary>A plan's index.md as bytes on disk: its text, and whether it starts with a byte-order mark, which a write keeps.</summary>
public sealed record PlanFile(string Path, bool Bom, string Text)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PlanFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        return new PlanFile(path, bom, Utf8.GetString(bom ? bytes[3..] : bytes));
    }

    /// <summary>Writes <paramref name="text"/> in place of the file all at once: a file beside it, then renamed over it.</summary>
    public void Write(string text)
    {
        var bytes = Utf8.GetBytes(text);
        var temporary = Path + ".sitegen-import";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            if (Bom) stream.Write(Encoding.UTF8.Preamble);
            stream.Write(bytes);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
