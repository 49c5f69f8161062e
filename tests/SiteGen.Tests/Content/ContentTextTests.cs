using System.Text;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Content files are read as File.ReadAllText reads them, whatever encoding mark or broken byte they hold.</summary>
public sealed class ContentTextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, byte[]> Files()
    {
        const string text = "---\ntitle: {ja: 第7期 地域福祉計画, en: Plan}\n---\n本文です。\r\n二行目\n";
        var utf8 = Encoding.UTF8.GetBytes(text);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", utf8 },
            { "UTF-8 with a byte-order mark", [.. Encoding.UTF8.Preamble, .. utf8] },
            { "UTF-16 little-endian with its mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)] },
            { "UTF-16 big-endian with its mark", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)] },
            { "UTF-32 little-endian with its mark", [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)] },
            { "broken UTF-8 (a cut-off character, a lone continuation byte)", [.. utf8[..10], 0xE6, 0x97, (byte)'\n', 0x80, .. utf8[10..]] },
            { "a mark and nothing else", [.. Encoding.UTF8.Preamble] },
            { "empty", [] },
            { "large (several reads' worth)", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, 20_000))) },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_File_ReadAllText_reads_it(string kind, byte[] bytes)
    {
        var path = _temp.Sub(kind.Length.ToString() + ".md");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), ContentText.Read(path));
    }
}
