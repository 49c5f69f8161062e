using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SiteGen.Serve;

/// <summary>
/// The open event streams (server-sent events) of the pages in the browser. After each rebuild every
/// page gets `reload` or `errors`; a page that connects later is told the current state at once.
/// </summary>
internal sealed class BuildEvents : IDisposable
{
    private readonly List<HttpListenerResponse> _clients = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Timer _keepAlive;

    public BuildEvents()
    {
        // A comment line now and then finds streams whose page has gone, and keeps proxies from closing live ones.
        _keepAlive = new Timer(_ => _ = SendAllAsync(": keep-alive\n\n"), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
    }

    /// <summary>
    /// Opens a stream for a page produced by <paramref name="pageBuild"/> and tells it where it stands.
    /// <paramref name="current"/> is read inside the same gate as broadcasts, so a rebuild finishing meanwhile is never missed.
    /// </summary>
    public async Task AcceptAsync(HttpListenerContext context, string? pageBuild, Func<(string Build, IReadOnlyList<string>? Errors)> current)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;

        await _gate.WaitAsync();
        try
        {
            var (currentBuild, errors) = current();
            var first = "retry: 1000\n\n";
            if (errors is not null) first += ErrorsMessage(errors);
            else if (pageBuild != currentBuild) first += ReloadMessage(currentBuild);
            if (await TrySendAsync(response, first))
                lock (_clients) _clients.Add(response);
            else
                Close(response);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task ReloadAsync(string build) => SendAllAsync(ReloadMessage(build));

    public Task ErrorsAsync(IReadOnlyList<string> errors) => SendAllAsync(ErrorsMessage(errors));

    private static string ReloadMessage(string build) => $"event: reload\ndata: {build}\n\n";

    // JSON keeps the message on one `data:` line (line breaks inside a diagnostic become \n).
    private static string ErrorsMessage(IReadOnlyList<string> errors) =>
        $"event: errors\ndata: {new JsonObject { ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode?)e)]) }.ToJsonString()}\n\n";

    private async Task SendAllAsync(string message)
    {
        await _gate.WaitAsync();
        try
        {
            HttpListenerResponse[] clients;
            lock (_clients) clients = [.. _clients];
            foreach (var client in clients)
            {
                if (await TrySendAsync(client, message)) continue;
                lock (_clients) _clients.Remove(client);
                Close(client);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<bool> TrySendAsync(HttpListenerResponse response, string message)
    {
        try
        {
            var bytes = Encoding.UTF8.GetBytes(message);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await response.OutputStream.WriteAsync(bytes, timeout.Token);
            await response.OutputStream.FlushAsync(timeout.Token);
            return true;
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            return false;
        }
    }

    private static void Close(HttpListenerResponse response)
    {
        try { response.Abort(); } catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _keepAlive.Dispose();
        HttpListenerResponse[] clients;
        lock (_clients)
        {
            clients = [.. _clients];
            _clients.Clear();
        }
        foreach (var client in clients) Close(client);
    }
}
