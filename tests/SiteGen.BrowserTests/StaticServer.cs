using System.Net;
using System.Net.Sockets;

namespace SiteGen.BrowserTests;

/// <summary>
/// Serves a built site folder on a free loopback port, the way GitHub Pages does: /dir/ serves
/// dir/index.html, unknown paths get 404.html with status 404.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        Port = SiteGen.Serve.Loopback.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(_root, path));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        var status = 200;
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            file = Path.Combine(_root, "404.html");
            status = 404;
        }
        response.StatusCode = status;
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
    }
}
