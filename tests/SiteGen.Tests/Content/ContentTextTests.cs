using System.Text;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Content files are read as File.ReadAllText reads them, whatever encoding mark they hold, except that a byte that
/// is not UTF-8 is refused and located instead of being replaced.
/// </summary>
public sealed class ContentTextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Text = "---\ntitle: {ja: 第7期 地域福祉計画, en: Plan}\n---\n本文です。\r\n二行目\n";

    public static TheoryData<string, byte[]> Files()
    {
        var utf8 = Encoding.UTF8.GetBytes(Text);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", utf8 },
            { "UTF-8 with a byte-order mark", [.. Encoding.UTF8.Preamble, .. utf8] },
            { "UTF-16 little-endian with its mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Text)] },
            { "UTF-16 big-endian with its mark", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Text)] },
            { "UTF-32 little-endian with its mark", [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(Text)] },
            { "a mark and nothing else", [.. Encoding.UTF8.Preamble] },
            { "empty", [] },
            { "large (several reads' worth)", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Text, 20_000))) },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_File_ReadAllText_reads_it(string kind, byte[] bytes)
    {
        var path = _temp.Sub(kind.Length.ToString() + ".md");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), ContentText.Read(path, out _));
    }

    public static TheoryData<string, byte[], int, int, byte, bool> Broken()
    {
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        return new TheoryData<string, byte[], int, int, byte, bool>
        {
            // 第 in Shift_JIS is 91 E6: the 0x91 is where UTF-8 breaks, after "title: {ja: " on line 2.
            { "Shift_JIS text", [.. Utf8("---\ntitle: {ja: "), 0x91, 0xE6, .. Utf8("7期}\n---\n")], 2, 13, 0x91, true },
            { "a lone continuation byte after Japanese text", [.. Utf8("---\n---\n本文です。"), 0x80, .. Utf8("\n")], 3, 6, 0x80, false },
            { "a character cut off at the end", [.. Utf8("---\n---\n本文\n二行目"), 0xE6, 0x97], 4, 4, 0xE6, false },
            { "a character cut off inside the text", [.. Utf8("---\n---\n本文"), 0xE6, 0x97, .. Utf8("\n")], 3, 3, 0xE6, false },
            { "after a byte-order mark, on line 1", [.. Encoding.UTF8.Preamble, .. Utf8("ab"), 0xFF, .. Utf8("\n")], 1, 3, 0xFF, false },
            { "Windows line endings count once, a lone CR as an editor counts it", [.. Utf8("a\r\nb\rc\n"), 0xC0, 0x80], 4, 1, 0xC0, false },
        };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_byte_that_is_not_UTF8_is_refused_and_located(string kind, byte[] bytes, int line, int column, byte value, bool shiftJis)
    {
        var path = _temp.Sub(kind.Length.ToString() + ".md");
        File.WriteAllBytes(path, bytes);

        Assert.Null(ContentText.Read(path, out var invalid));
        Assert.Equal(new InvalidUtf8(line, column, value, shiftJis), invalid);
    }
}
