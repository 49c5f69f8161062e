using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using SiteGen.Cli;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pages;
using SiteGen.Pipeline;

namespace SiteGen.Serve;

/// <summary>What one rebuild came to: the site was written and browsers reload, or these errors stand.</summary>
public sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<string> Errors, BuildResult? Result);

/// <summary>The server cannot start: the config cannot be read, or the port is taken.</summary>
public sealed class DevServerException(string message) : Exception(message);

/// <summary>
/// `sitegen serve`: builds the site into its output folder exactly as `build` does, serves that folder on
/// 127.0.0.1 under the site's base path, watches the sources, rebuilds after each burst of changes and
/// tells open pages to reload (or to show the build's errors) over server-sent events.
/// <para>
/// The base URL of the config is used as it is: the files written are the same as `build` writes, and
/// since every link in the site is root-relative, a site with baseUrl https://council.github.io/plans/
/// is previewed at http://127.0.0.1:PORT/plans/ (its canonical and feed addresses still name the real host).
/// </para>
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const int DefaultPort = 8080;

    private readonly string _configPath;
    private readonly string _root;
    private readonly int _requestedPort;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly BuildEvents _events = new();
    private readonly SiteWatcher _watcher;
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private BuildSession? _session;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private HttpListener? _listener;
    private Task? _acceptLoop;
    private Task? _rebuildLoop;
    private int _goodBuilds;
    private int _stopped;
    private volatile State _state;

    /// <summary>What is being served. Replaced as a whole, so a request never sees half of two builds' state.</summary>
    private sealed record State(string OutputDirectory, string BasePath, string BuildId, IReadOnlyList<string>? Errors);

    /// <param name="configPath">site.config.json; its folder is the site root.</param>
    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="output">Progress lines (build summaries, what changed).</param>
    /// <param name="errors">Diagnostics, in the same text format as `build`.</param>
    public DevServer(string configPath, int port = DefaultPort, TextWriter? output = null, TextWriter? errors = null)
    {
        _configPath = Path.GetFullPath(configPath);
        _root = Path.GetDirectoryName(_configPath)!;
        _requestedPort = port;
        _out = TextWriter.Synchronized(output ?? TextWriter.Null);
        _err = TextWriter.Synchronized(errors ?? TextWriter.Null);
        _watcher = new SiteWatcher(path => _changes.Writer.TryWrite(path));
        _state = new State(Path.Combine(_root, "_site"), "/", BuildId(0), null);
    }

    /// <summary>How long the sources must be quiet before a rebuild starts (editors save in bursts).</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>What the session keeps from save to save and on disk; <see cref="Caching.Caches.Off"/> (`serve --no-cache`) makes every save a full build.</summary>
    public Caching.Caches Caches { get; init; } = Caching.Caches.Choose(noCache: false);

    private BuildSession Session => _session ??= new BuildSession(Caches);

    /// <summary>Print how long each stage of every build took (`serve --timings`).</summary>
    public bool PrintTimings { get; init; }

    /// <summary>The port listened on (the free one chosen when 0 was asked for).</summary>
    public int Port { get; private set; }

    /// <summary>The address of the site's home, with its base path: http://127.0.0.1:8080/ or …/plans/.</summary>
    public string Url => $"http://127.0.0.1:{Port}{_state.BasePath}";

    /// <summary>The folder being served (the config's output folder).</summary>
    public string OutputDirectory => _state.OutputDirectory;

    /// <summary>The errors of the latest build, or null when it succeeded.</summary>
    public IReadOnlyList<string>? Errors => _state.Errors;

    /// <summary>Raised after every build, good or not.</summary>
    public event EventHandler<RebuildOutcome>? Rebuilt;

    /// <summary>
    /// Reads the config, starts listening, builds once, and starts watching. Returns the first build's outcome;
    /// when it failed, the server still runs (serving whatever the output folder holds) so the errors can be fixed live.
    /// </summary>
    public async Task<RebuildOutcome> StartAsync(CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var config = File.Exists(_configPath) ? SiteConfigLoader.Load(_configPath, Path.GetFileName(_configPath), diagnostics) : null;
        if (config is null)
        {
            Reporter.Print(diagnostics.Sorted(), _err);
            throw new DevServerException(File.Exists(_configPath)
                ? $"the configuration file {_configPath} cannot be used"
                : $"the configuration file {_configPath} does not exist");
        }
        _state = _state with { OutputDirectory = OutputFolder(config), BasePath = new SiteUrls(config.BaseUrl).BasePath };

        Listen();
        _acceptLoop = Task.Run(AcceptLoopAsync, CancellationToken.None);
        var first = await RebuildAsync();
        _rebuildLoop = Task.Run(RebuildLoopAsync, CancellationToken.None);
        if (cancellationToken.IsCancellationRequested)
        {
            await StopAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        return first;
    }

    /// <summary>
    /// One rebuild: re-read the config, build into the output folder, then tell every open page.
    /// After the first build it is incremental (<see cref="BuildSession"/>): only the files in
    /// <paramref name="changed"/> (paths relative to the site root) are read again and only the
    /// pages made from them are rendered and written. Builds never overlap.
    /// </summary>
    public async Task<RebuildOutcome> RebuildAsync(IReadOnlyCollection<string>? changed = null)
    {
        await _buildLock.WaitAsync();
        try
        {
            if (changed is { Count: > 0 }) Session.Changed(_root, changed);
            if (changed is { Count: > 0 })
                _out.WriteLine($"Changed: {string.Join(", ", changed.Take(3))}{(changed.Count > 3 ? $" and {changed.Count - 3} more" : "")}; rebuilding.");
            var outcome = await BuildOnceAsync();
            await PublishAsync(outcome);
            Rebuilt?.Invoke(this, outcome);
            return outcome;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private async Task<RebuildOutcome> BuildOnceAsync()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(_configPath, Path.GetFileName(_configPath), diagnostics);
        if (config is null)
        {
            var problems = diagnostics.Sorted();
            Reporter.Print(problems, _err);
            _out.WriteLine($"Build failed: {Path.GetFileName(_configPath)} cannot be used. {Serving()}");
            return new RebuildOutcome(false, Texts(problems), null);
        }
        var output = OutputFolder(config);
        try
        {
            _watcher.Watch(_configPath, Path.Combine(_root, config.Content), config.Theme is null ? null : Path.Combine(_root, config.Theme), output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // For example the system's limit on watched folders: serving still works, rebuilding on save does not.
            _err.WriteLine($"warning: cannot watch the site's files for changes: {e.Message}");
        }

        BuildResult result;
        try
        {
            result = await SiteBuilder.BuildAsync(_root, config, output, new BuildOptions(Write: true, Progress: _out, Session: Session));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file read half-way through an editor's save, a folder that vanished: say so, keep serving.
            var message = $"{Path.GetFileName(_configPath)}: the build stopped: {e.Message} (hint: save again to retry)";
            _err.WriteLine(message);
            _out.WriteLine($"Build failed. {Serving()}");
            return new RebuildOutcome(false, [message], null);
        }

        Reporter.Print(result.Diagnostics, _err);
        if (PrintTimings) result.Timings.Print(_out);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, output);
        if (!result.Written)
        {
            _out.WriteLine($"Build failed: {Reporter.Count(errors.Count, "error")}, {Reporter.Count(warnings, "warning")} ({seconds} s). " +
                           Serving());
            return new RebuildOutcome(false, Texts(errors.Count > 0 ? errors : result.Diagnostics), result);
        }

        var basePath = new SiteUrls(config.BaseUrl).BasePath;
        var moved = basePath != _state.BasePath || output != _state.OutputDirectory;
        _state = new State(output, basePath, BuildId(Interlocked.Increment(ref _goodBuilds)), null);
        _out.WriteLine($"Built {Reporter.Count(result.Pages, "page")} ({result.Files.Count} files) into {shown}: {Reporter.Count(warnings, "warning")}, {seconds} s.");
        if (moved && Port != 0) _out.WriteLine($"Serving {Url} (Ctrl+C to stop)");
        return new RebuildOutcome(true, [], result);
    }

    /// <summary>Tells the open pages: reload after a good build, show the errors after a failed one.</summary>
    private async Task PublishAsync(RebuildOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            await _events.ReloadAsync(_state.BuildId);
        }
        else
        {
            _state = _state with { Errors = outcome.Errors };
            await _events.ErrorsAsync(outcome.Errors);
        }
    }

    private string Serving() => File.Exists(Path.Combine(_state.OutputDirectory, "index.html"))
        ? $"Still serving the last good site in {Path.GetRelativePath(Environment.CurrentDirectory, _state.OutputDirectory)}. The browser shows the errors; fix and save to rebuild."
        : "There is no site to serve yet. The browser shows the errors; fix and save to rebuild.";

    private static List<string> Texts(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToList();

    private string OutputFolder(SiteConfig config) => Path.GetFullPath(Path.Combine(_root, config.Output));

    // The instance part makes a page left open from an earlier run of serve reload when this one starts.
    private string BuildId(int n) => $"{_instance}-{n}";

    /// <summary>Waits for a burst of changes to end (the quiet period, at most 2 s in all), then rebuilds once.</summary>
    private async Task RebuildLoopAsync()
    {
        var reader = _changes.Reader;
        var token = _stop.Token;
        try
        {
            while (await reader.WaitToReadAsync(token))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                var burst = System.Diagnostics.Stopwatch.StartNew();
                while (true)
                {
                    while (reader.TryRead(out var path)) changed.Add(Path.GetRelativePath(_root, path).Replace('\\', '/'));
                    if (burst.Elapsed > TimeSpan.FromSeconds(2)) break;
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
                    quiet.CancelAfter(QuietPeriod);
                    try
                    {
                        if (!await reader.WaitToReadAsync(quiet.Token)) break;
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        break;
                    }
                }
                try
                {
                    await RebuildAsync(changed);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Whatever went wrong, the next save must still rebuild.
                    _err.WriteLine($"error: the rebuild failed unexpectedly: {e.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private void Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = _requestedPort == 0 ? Loopback.FreePort() : _requestedPort;
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                Port = port;
                return;
            }
            catch (HttpListenerException e)
            {
                listener.Close();
                // A free port can be taken between choosing and binding it: choose again.
                if (_requestedPort == 0 && attempt < 5) continue;
                throw new DevServerException($"cannot listen on 127.0.0.1:{port}: {e.Message}. Pass --port N for another port, or --port 0 for any free one");
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        var listener = _listener!;
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            if (request.Url is not { } url)
            {
                Finish(context.Response, 400, "text/plain; charset=utf-8", "bad request"u8.ToArray(), head: false);
                return;
            }
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                context.Response.Headers["Allow"] = "GET, HEAD";
                Finish(context.Response, 405, "text/plain; charset=utf-8", "only GET and HEAD"u8.ToArray(), head: false);
                return;
            }
            var head = request.HttpMethod == "HEAD";
            var path = Uri.UnescapeDataString(url.AbsolutePath);

            if (path == LiveReloadClient.EventsPath)
            {
                await _events.AcceptAsync(context, request.QueryString["build"], () => (_state.BuildId, _state.Errors));
                return; // the stream stays open: BuildEvents owns the response now
            }
            if (path == LiveReloadClient.ScriptPath)
            {
                Finish(context.Response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadClient.Script), head);
                return;
            }
            await ServeFileAsync(context.Response, path, head);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away, or the server is stopping.
        }
    }

    private async Task ServeFileAsync(HttpListenerResponse response, string path, bool head)
    {
        // A rebuild swaps the output folder with two renames; a request caught between them waits a moment.
        for (var attempt = 0; ; attempt++)
        {
            var state = _state;
            try
            {
                switch (StaticFiles.Resolve(state.OutputDirectory, state.BasePath, path))
                {
                    case StaticFiles.RedirectAnswer redirect:
                        response.RedirectLocation = string.Join('/', redirect.Location.Split('/').Select(Uri.EscapeDataString));
                        Finish(response, 302, "text/plain; charset=utf-8", [], head);
                        return;
                    case StaticFiles.FileAnswer file:
                        var bytes = await File.ReadAllBytesAsync(file.File);
                        var html = StaticFiles.IsHtml(file.File);
                        Finish(response, file.Status, StaticFiles.ContentType(file.File), html ? LiveReloadClient.Inject(bytes, state.BuildId) : bytes, head);
                        return;
                    default:
                        if (!Directory.Exists(state.OutputDirectory) && attempt < 40) break;
                        Finish(response, 404, "text/html; charset=utf-8", LiveReloadClient.Inject(NotBuiltPage, state.BuildId), head);
                        return;
                }
            }
            catch (IOException) when (attempt < 40)
            {
            }
            await Task.Delay(25);
        }
    }

    private static readonly byte[] NotBuiltPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
        "<title>Not built yet</title></head><body><main><h1>The site has not been built yet</h1>" +
        "<p>Fix the errors printed in the terminal and save; this page reloads by itself when the build succeeds.</p></main></body></html>");

    private static void Finish(HttpListenerResponse response, int status, string contentType, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.ContentLength64 = body.Length;
        if (!head) response.OutputStream.Write(body);
        // Close, not Dispose: Dispose also drops the connection, and browsers keep theirs alive.
        response.Close();
    }

    /// <summary>Stops watching, closes every event stream and the listener; waits for a build in progress to finish writing.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        _stop.Cancel();
        _watcher.Dispose();
        _events.Dispose();
        if (_listener is { } listener)
        {
            try { listener.Stop(); listener.Close(); }
            catch (ObjectDisposedException) { }
        }
        foreach (var loop in new[] { _acceptLoop, _rebuildLoop })
        {
            if (loop is null) continue;
            try { await loop; }
            catch (OperationCanceledException) { }
        }
        await _buildLock.WaitAsync();
        _buildLock.Release();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
