using System.Buffers;
using System.Text;

namespace SiteGen.Caching;

/// <summary>
/// How cache entries are written: numbers as 7-bit groups (most lines and counts fit one byte), text as
/// its UTF-8 length and bytes. <see cref="Reader"/> reads them back and throws <see cref="FormatException"/>
/// on anything that is not such an encoding.
/// </summary>
public static class EntryCoding
{
    public static void WriteNumber(IBufferWriter<byte> writer, uint value)
    {
        var span = writer.GetSpan(5);
        var count = 0;
        while (value >= 0x80)
        {
            span[count++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[count++] = (byte)value;
        writer.Advance(count);
    }

    /// <param name="shift">Added to the length written (<see cref="Reader.OptionalText"/> reads 0 as no text).</param>
    public static void WriteText(IBufferWriter<byte> writer, string text, uint shift = 0)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        WriteNumber(writer, (uint)length + shift);
        Encoding.UTF8.GetBytes(text, writer.GetSpan(length));
        writer.Advance(length);
    }

    /// <summary>Text that may be missing: 0 for none, else the length + 1 and the text.</summary>
    public static void WriteOptionalText(IBufferWriter<byte> writer, string? text)
    {
        if (text is null) WriteNumber(writer, 0);
        else WriteText(writer, text, shift: 1);
    }

    public ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at == _bytes.Length;

        public uint Number()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (_at >= _bytes.Length) throw new FormatException("the entry ends inside a number");
                var part = _bytes[_at++];
                value |= (uint)(part & 0x7F) << shift;
                if (part < 0x80) return value;
            }
            throw new FormatException("a number is too long");
        }

        /// <summary>A count of things that follow: each takes at least one byte, so a count above what is left is a broken entry.</summary>
        public int Count()
        {
            var count = Number();
            if (count > _bytes.Length - _at) throw new FormatException("a count is larger than the entry");
            return (int)count;
        }

        public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw new FormatException("the entry ends early");

        public ReadOnlySpan<byte> Bytes(int length)
        {
            if (length < 0 || length > _bytes.Length - _at) throw new FormatException("the entry ends inside a value");
            var bytes = _bytes.Slice(_at, length);
            _at += length;
            return bytes;
        }

        public string Text() => Encoding.UTF8.GetString(Bytes(Count()));

        public string? OptionalText()
        {
            var length = Number();
            if (length == 0) return null;
            if (length - 1 > _bytes.Length - _at) throw new FormatException("the entry ends inside a value");
            return Encoding.UTF8.GetString(Bytes((int)length - 1));
        }
    }
}
