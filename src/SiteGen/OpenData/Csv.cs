using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.OpenData;

/// <summary>
/// CSV as RFC 4180 describes it, in the form Excel in Japan opens correctly: UTF-8 with a byte order
/// mark, CRLF after every record (the last one too), and a field quoted only when it holds a comma,
/// a double quote, CR or LF, with its quotes doubled. An empty field means "no value".
/// </summary>
public static class Csv
{
    public const string LineEnd = "\r\n";

    /// <summary>The UTF-8 byte order mark that tells Excel the file is UTF-8 (not Shift_JIS).</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The header as a record block (UTF-8, CRLF): made once per table, it starts every file of that table.</summary>
    public static byte[] HeaderRecord(IReadOnlyList<string> header) => Records(header.Count, [header]);

    /// <summary>A whole file from a <see cref="HeaderRecord"/> and record blocks made by <see cref="Records"/>: BOM, header, then the blocks in order.</summary>
    public static byte[] File(byte[] headerRecord, IEnumerable<byte[]> blocks)
    {
        // Sized once and filled: a plan's files are small but there are six per plan.
        var parts = blocks as IReadOnlyList<byte[]> ?? blocks.ToList();
        var length = ByteOrderMark.Length + headerRecord.Length;
        foreach (var part in parts) length += part.Length;
        var file = new byte[length];
        var at = 0;
        Append(ByteOrderMark);
        Append(headerRecord);
        foreach (var part in parts) Append(part);
        return file;

        void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(file.AsSpan(at));
            at += bytes.Length;
        }
    }

    /// <summary>The same file written to <paramref name="stream"/> block by block, never whole in memory.</summary>
    public static void Write(Stream stream, byte[] headerRecord, IEnumerable<byte[]> blocks)
    {
        stream.Write(ByteOrderMark);
        stream.Write(headerRecord);
        foreach (var block in blocks) stream.Write(block);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // One text buffer per thread, reused for every block it makes (the open data files are made on every core).
    [ThreadStatic] private static StringBuilder? _text;

    /// <summary>Records without BOM or header, as UTF-8: a block that whole-site files put one after another.</summary>
    public static byte[] Records(int columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = _text ??= new StringBuilder(16 * 1024);
        text.Clear();
        foreach (var row in rows)
        {
            if (row.Count != columns)
                throw new InvalidOperationException($"a CSV row has {row.Count} fields but the header has {columns}");
            AppendRecord(text, row);
        }
        if (text.Length == 0) return [];
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var span = chars.AsSpan(0, text.Length);
            var bytes = new byte[Utf8.GetByteCount(span)];
            Utf8.GetBytes(span, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void AppendRecord(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            AppendField(text, fields[i]);
        }
        text.Append(LineEnd);
    }

    private static void AppendField(StringBuilder text, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }
        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>1 or 0: how every yes/no column is written.</summary>
    public static string Bool(bool value) => value ? "1" : "0";

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as written in the source, without thousands separators: 1150, 24.3, -0.5.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
