using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Templates;

/// <summary>
/// What a compiled template was compiled from: its key, the shared imports and its text, as one SHA-256.
/// SiteGen.ThemeCompiler writes it beside each built-in template it compiles into the program (this file is
/// compiled into both), and the renderer uses a built-in class only while the theme's text still has it.
/// </summary>
public static class TemplateFingerprint
{
    public static string Of(string key, string imports, string text)
    {
        // Lengths first, so that no two different (key, imports, text) can join into the same bytes.
        var joined = $"{key.Length}:{key}\n{imports.Length}:{imports}\n{text.Length}:{text}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
