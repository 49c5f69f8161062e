using System.Text;

namespace SiteGen.Serve;

/// <summary>
/// The one thing `serve` adds to a page: a script tag, inserted into HTML responses only (never into
/// the files on disk), just before &lt;/body&gt;. The script listens to /__sitegen/events and reloads the
/// page after a successful rebuild, or shows the build's errors in an overlay while the content is broken.
/// </summary>
public static class LiveReloadClient
{
    /// <summary>Everything `serve` answers itself lives under this path, outside the site.</summary>
    public const string Prefix = "/__sitegen/";
    public const string ScriptPath = Prefix + "live.js";
    public const string EventsPath = Prefix + "events";
    /// <summary>The id of the overlay element, for tests and for anyone styling it.</summary>
    public const string OverlayId = "sitegen-errors";

    /// <summary>The tag inserted into a page; `build` is the build that produced the page, so a page served
    /// just before a rebuild still learns it is out of date when its event stream connects.</summary>
    public static string Tag(string buildId) => $"<script src=\"{ScriptPath}?build={Uri.EscapeDataString(buildId)}\"></script>";

    /// <summary>Inserts the tag before the last &lt;/body&gt; (any case), or at the end when there is none.</summary>
    public static byte[] Inject(byte[] html, string buildId)
    {
        var tag = Encoding.UTF8.GetBytes(Tag(buildId));
        var at = LastIndexOfAsciiIgnoreCase(html, "</body"u8);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }

    private static int LastIndexOfAsciiIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
                match = char.ToLowerInvariant((char)haystack[i + j]) == (char)needle[j];
            if (match) return i;
        }
        return -1;
    }

    /// <summary>
    /// The browser side. It builds the overlay with createElement and textContent only: diagnostics quote
    /// the content, and content is untrusted, so nothing from the server is ever parsed as HTML.
    /// </summary>
    public const string Script = """
        (() => {
          "use strict";
          const script = document.currentScript;
          const build = script ? new URL(script.src).searchParams.get("build") || "" : "";
          const overlayId = "sitegen-errors";

          function hide() {
            const old = document.getElementById(overlayId);
            if (old) old.remove();
          }

          function show(errors) {
            hide();
            const box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;" +
              "margin:0;padding:1rem 1.25rem;background:#fff;color:#1a1a1a;border-top:4px solid #b00020;" +
              "box-shadow:0 -2px 12px rgba(0,0,0,.25);font:16px/1.5 system-ui,sans-serif;text-align:left;";
            const title = document.createElement("p");
            title.style.cssText = "margin:0 0 .5rem;font-weight:bold;color:#b00020;";
            const ja = document.createElement("span");
            ja.lang = "ja";
            ja.textContent = "ビルドに失敗しました。前回の正常なサイトを表示しています。";
            const en = document.createElement("span");
            en.lang = "en";
            en.textContent = " Build failed: showing the last good site. Fix these and save; the page reloads by itself.";
            title.append(ja, en);
            const list = document.createElement("ul");
            list.lang = "en";
            list.style.cssText = "margin:0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:14px;white-space:pre-wrap;word-break:break-word;";
            for (const message of errors) {
              const item = document.createElement("li");
              item.textContent = String(message);
              list.append(item);
            }
            const close = document.createElement("button");
            close.type = "button";
            close.textContent = "閉じる / Hide";
            close.style.cssText = "margin-top:.75rem;font:inherit;padding:.25rem .75rem;";
            close.addEventListener("click", hide);
            box.append(title, list, close);
            document.body.append(box);
          }

          const events = new EventSource("/__sitegen/events?build=" + encodeURIComponent(build));
          events.addEventListener("reload", () => {
            events.close();
            hide();
            location.reload();
          });
          events.addEventListener("errors", (event) => {
            let errors;
            try { errors = JSON.parse(event.data).errors; } catch { errors = [String(event.data)]; }
            show(Array.isArray(errors) ? errors : []);
          });
        })();
        """;
}
