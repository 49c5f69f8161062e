using System.Runtime.InteropServices;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>`sitegen serve`: build, serve on 127.0.0.1, rebuild on every change, reload the browser. Ctrl+C stops.</summary>
public static class ServeCommand
{
    public static int Run(string configPath, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, bool timings = false, bool noCache = false)
    {
        var (_, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The first Ctrl+C stops cleanly; a second one, while stopping, ends the process at once.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (stop.IsCancellationRequested) return;
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return RunAsync(configPath, port, stdout, stderr, timings, noCache, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(string configPath, int port, TextWriter stdout, TextWriter stderr, bool timings, bool noCache, CancellationToken stop)
    {
        await using var server = new DevServer(configPath, port, stdout, stderr) { PrintTimings = timings, Caches = Caching.Caches.Choose(noCache) };
        try
        {
            await server.StartAsync(stop);
        }
        catch (DevServerException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }

        stdout.WriteLine($"Serving {server.Url} (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        await server.StopAsync();
        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
