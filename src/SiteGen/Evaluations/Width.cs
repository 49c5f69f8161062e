namespace SiteGen.Evaluations;

/// <summary>
/// Full-width letters, digits and signs as their ASCII forms (`（１）` is `(1)`, `ＭＡＲＫ` is `MARK`), and the
/// ideographic space as a space: what Japanese input gives when the wide mode is on. Done by hand because the
/// program runs with invariant globalization, where .NET's compatibility normalisation (NFKC) is not available.
/// </summary>
public static class Width
{
    public static string Narrow(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }
    });
}
