using System.Text;

namespace SiteGen.Tests.OpenData;

/// <summary>
/// A small, strict reader of RFC 4180 CSV, written for the tests independently of the writer:
/// records end with CRLF, a quoted field may hold commas, CR, LF and doubled quotes, and anything
/// else (a bare CR or LF, a quote inside an unquoted field, text after a closing quote) is an error.
/// </summary>
public static class Rfc4180
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a file that must start with the UTF-8 BOM.</summary>
    public static List<List<string>> ParseFile(byte[] bytes)
    {
        if (bytes.Length < 3 || !bytes.AsSpan(0, 3).SequenceEqual(Bom))
            throw new FormatException("the file does not start with the UTF-8 byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        return Parse(text);
    }

    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (field.Length > 0) throw new FormatException($"a quote inside an unquoted field at {i}");
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                    throw new FormatException($"text after a closing quote at {i}");
                continue;
            }
            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"a bare CR at {i}");
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '\n':
                    throw new FormatException($"a bare LF at {i} (records must end with CRLF)");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
            throw new FormatException("the last record does not end with CRLF");
        return records;
    }

    /// <summary>The records after the header, as column name → value.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] bytes)
    {
        var records = ParseFile(bytes);
        var header = records[0];
        return records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }
}
