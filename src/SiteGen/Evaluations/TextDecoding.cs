using System.Text;

namespace SiteGen.Evaluations;

/// <summary>
/// The text of a CSV file as Japanese Excel and other programs write it: UTF-8 with or without a byte-order
/// mark, or Shift_JIS (Windows code page 932, what Excel's plain "CSV (カンマ区切り)" still writes).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Code page 932 (Windows-31J): Shift_JIS as Windows writes it, with ①, ㈱ and the other NEC and IBM characters.</summary>
    private static readonly Lazy<Encoding> ShiftJis = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <returns>The text and the name of the encoding it was read as.</returns>
    /// <exception cref="SheetException">The bytes are neither UTF-8 nor Shift_JIS.</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            return (Utf8(bytes[3..]) ?? throw new SheetException(
                $"{fileName} starts as UTF-8 but is not valid UTF-8 further on; save it again as CSV UTF-8 (コンマ区切り)"), "UTF-8 (with BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new SheetException($"{fileName} is saved as Unicode text (UTF-16); save it as CSV UTF-8 (コンマ区切り) or as an Excel workbook (.xlsx)");
        // Valid UTF-8 is taken as UTF-8: Shift_JIS Japanese text is almost never also valid UTF-8.
        if (Utf8(bytes) is { } text) return (text, "UTF-8");
        try
        {
            return (ShiftJis.Value.GetString(bytes), "Shift_JIS");
        }
        catch (DecoderFallbackException)
        {
            throw new SheetException($"{fileName} is neither UTF-8 nor Shift_JIS text; save it from Excel as CSV UTF-8 (コンマ区切り) or as an Excel workbook (.xlsx)");
        }
    }

    private static string? Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
