using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Content;

/// <summary>Where a file stops being UTF-8: the first byte that is not part of a character, 1-based line and column as an editor shows them.</summary>
public readonly record struct InvalidUtf8(int Line, int Column, byte Value, bool LooksLikeShiftJis);

/// <summary>
/// Reads a content file's text as <see cref="File.ReadAllText(string)"/> does (UTF-8, a byte-order mark
/// honoured), in one read and one string, except that bytes that are not UTF-8 are refused rather than
/// silently replaced: a file saved as Shift_JIS would otherwise be published as rows of �.
/// <para>
/// Why not File.ReadAllText: it decodes through a StreamReader into a StringBuilder and copies that into
/// the string: a large share of all a build allocates, and the garbage collector's work grows with it
/// (docs/performance.md#what-a-build-keeps-alive-and-allocation). Files that start with a UTF-16 or UTF-32
/// byte-order mark (Notepad's "Unicode") are rare and are left to File.ReadAllText.
/// </para>
/// </summary>
public static class ContentText
{
    // Decodes as Encoding.UTF8 does, but throws at a byte that is not UTF-8 instead of writing U+FFFD:
    // valid text costs the same single pass, and only a broken file pays for finding the place.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null when the file is not valid UTF-8 (<paramref name="invalid"/> then says where).</returns>
    public static string? Read(string path, out InvalidUtf8 invalid)
    {
        invalid = default;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue / 2) return File.ReadAllText(path);
        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = ReadAll(handle, bytes.AsSpan(0, (int)length));
            var text = bytes.AsSpan(0, read);
            // FF FE / FE FF: UTF-16 (or UTF-32 LE, FF FE 00 00); 00 00 FE FF: UTF-32 BE. Decoded as ReadAllText decodes them.
            if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
                text.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
                return File.ReadAllText(path);
            if (text.StartsWith(Encoding.UTF8.Preamble)) text = text[3..];
            try
            {
                return Strict.GetString(text);
            }
            catch (DecoderFallbackException)
            {
                invalid = Locate(text);
                return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The first byte of <paramref name="text"/> that is not UTF-8 (there is one), counted in lines and characters as an editor counts them.</summary>
    private static InvalidUtf8 Locate(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            Utf8.ToUtf16(text, chars, out var valid, out var written, replaceInvalidSequences: false);
            var before = chars.AsSpan(0, written);
            // A line ends at \n, \r\n or a lone \r, as editors end them.
            var (line, lineStart) = (1, 0);
            for (var i = 0; i < before.Length; i++)
            {
                if (before[i] == '\n' || (before[i] == '\r' && (i + 1 >= before.Length || before[i + 1] != '\n')))
                    (line, lineStart) = (line + 1, i + 1);
            }
            return new InvalidUtf8(line, written - lineStart + 1, text[valid], LooksLikeShiftJis(text[valid..]));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Whether the bytes start with a Shift_JIS double-byte character (the usual file from a Japanese Windows
    /// program). A UTF-8 lead byte followed by a continuation byte is a UTF-8 character cut short, which a
    /// single broken spot in a UTF-8 file is more likely to be.
    /// </summary>
    private static bool LooksLikeShiftJis(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 &&
        bytes[0] is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) &&
        bytes[1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC) &&
        !(bytes[0] is >= 0xE0 and <= 0xF4 && bytes[1] is >= 0x80 and <= 0xBF);

    /// <summary>Reads until the span is full or the file ends (a file may be shorter by the time it is read).</summary>
    private static int ReadAll(SafeFileHandle handle, Span<byte> into)
    {
        var total = 0;
        while (total < into.Length)
        {
            var read = RandomAccess.Read(handle, into[total..], total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
