using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SiteGen.Templates;

/// <summary>
/// Where one page is rendered, checked and encoded, reused page after page. A rendered page is
/// often over 85 KB, which .NET would put on the large-object heap as a fresh string and byte array
/// for every page; on a big site that garbage costs more than rendering. These buffers grow to the
/// largest page once and then stay.
/// </summary>
public sealed class PageBuffer : TextWriter
{
    private static readonly ConcurrentBag<PageBuffer> Pool = [];
    private char[] _chars = new char[64 * 1024];
    private byte[] _bytes = new byte[128 * 1024];
    private int _length;

    private PageBuffer() { }

    public override Encoding Encoding => Encoding.UTF8;

    public static PageBuffer Rent()
    {
        var buffer = Pool.TryTake(out var pooled) ? pooled : new PageBuffer();
        buffer._length = 0;
        return buffer;
    }

    public static void Return(PageBuffer buffer) => Pool.Add(buffer);

    /// <summary>The text written so far.</summary>
    public ReadOnlyMemory<char> Text => _chars.AsMemory(0, _length);

    /// <summary>The text as UTF-8, valid until the next call.</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        var needed = Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < needed) _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        var count = Encoding.UTF8.GetBytes(_chars.AsSpan(0, _length), _bytes);
        return _bytes.AsSpan(0, count);
    }

    public override void Write(char value)
    {
        Ensure(1);
        _chars[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Ensure(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override Task WriteAsync(char value) { Write(value); return Task.CompletedTask; }
    public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }
    public override Task WriteAsync(char[] buffer, int index, int count) { Write(buffer, index, count); return Task.CompletedTask; }
    public override Task FlushAsync() => Task.CompletedTask;

    private void Ensure(int more)
    {
        if (_length + more <= _chars.Length) return;
        var grown = new char[Math.Max(_length + more, _chars.Length * 2)];
        _chars.AsSpan(0, _length).CopyTo(grown);
        _chars = grown;
    }

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Replaces the text written so far with <paramref name="text"/>: a page changed after it was rendered.</summary>
    public void Rewrite(string text)
    {
        _length = 0;
        Write(text);
    }

    /// <summary>Replaces the text with what <paramref name="text"/> holds, with no page-sized string in between.</summary>
    public void Rewrite(System.Text.StringBuilder text)
    {
        _length = 0;
        foreach (var chunk in text.GetChunks()) Write(chunk.Span);
    }

    /// <summary>The text written so far, as content a layout prints with RenderBody (it is HTML already: not encoded again).</summary>
    public IHtmlContent AsHtml() => new Written(this);

    private sealed class Written(PageBuffer buffer) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(buffer.Text.Span);
    }

    // Rented buffers are returned, never closed: disposing one by mistake must not break the pool.
    protected override void Dispose(bool disposing) { }
}
