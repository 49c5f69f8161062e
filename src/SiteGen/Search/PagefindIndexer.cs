using System.Diagnostics;
using SiteGen.Config;
using SiteGen.Diagnostics;

namespace SiteGen.Search;

/// <summary>
/// The search step of the build: runs the Pagefind CLI on the freshly written site (the staging folder,
/// before it replaces the output), which reads the pages' data-pagefind-body regions and writes the
/// search bundle to pagefind/. One index per &lt;html lang&gt;, so /ja/search/ finds Japanese pages and
/// /en/search/ English ones. Pagefind's npm package runs its "extended" binary, which segments
/// Japanese (見守り is found inside 見守り活動).
/// </summary>
public sealed class PagefindIndexer
{
    /// <summary>The bundle's folder in the site: pagefind/pagefind.js is what the search pages load.</summary>
    public const string BundleFolder = "pagefind";

    private const string Field = "search.pagefind";
    private const string ConfigFile = "site.config.json";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private PagefindIndexer(string command, string configured)
    {
        Command = command;
        Configured = configured;
    }

    /// <summary>The full path of the command that is run.</summary>
    public string Command { get; }

    /// <summary>The path as written in site.config.json, for messages.</summary>
    public string Configured { get; }

    /// <summary>
    /// Finds the configured Pagefind command (relative paths are relative to the site root). When it is not
    /// there, reports an error that says to run `npm ci` and returns null, so the build stops before rendering.
    /// </summary>
    public static PagefindIndexer? Locate(string siteRoot, SearchSettings settings, DiagnosticBag diagnostics)
    {
        var command = Path.GetFullPath(Path.Combine(siteRoot, settings.Pagefind));
        // npm writes a .cmd shim beside the Unix one on Windows.
        if (OperatingSystem.IsWindows() && !Path.HasExtension(command) && File.Exists(command + ".cmd")) command += ".cmd";
        if (File.Exists(command)) return new PagefindIndexer(NativeBinaryBehind(command) ?? command, settings.Pagefind);

        diagnostics.Error(SourceLocation.StartOf(ConfigFile), Field,
            $"search is on, but Pagefind is not installed: {settings.Pagefind} does not exist",
            $"run `npm ci` in {siteRoot} to install the Pagefind version pinned in package-lock.json (it needs Node.js), " +
            "or remove `search` from site.config.json to build without search");
        return null;
    }

    /// <summary>
    /// The binary npm's wrapper (node_modules/.bin/pagefind, a Node.js script) would start: the one in
    /// Pagefind's package for this platform (node_modules/@pagefind/linux-x64/bin/pagefind_extended), run
    /// with the same arguments. Starting it directly skips starting Node.js on every build (docs/performance.md#work-side-by-side).
    /// Null when the command is not that wrapper or the package is not there (the wrapper is then run).
    /// </summary>
    internal static string? NativeBinaryBehind(string command)
    {
        var bin = Path.GetDirectoryName(command);
        if (bin is null || Path.GetFileName(bin) != ".bin" || !Path.GetFileNameWithoutExtension(command).Equals("pagefind", StringComparison.Ordinal))
            return null;
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (os is null || arch is null) return null;
        var package = Path.Combine(Path.GetDirectoryName(bin)!, "@pagefind", $"{os}-{arch}", "bin");
        var extension = OperatingSystem.IsWindows() ? ".exe" : "";
        // The wrapper's own order: the extended binary (it segments Japanese) first.
        return new[] { "pagefind_extended", "pagefind" }.Select(name => Path.Combine(package, name + extension)).FirstOrDefault(File.Exists);
    }

    /// <summary>Indexes the site in <paramref name="siteFolder"/>; false (with an error reported) when Pagefind failed.</summary>
    public bool Index(string siteFolder, DiagnosticBag diagnostics)
    {
        var start = new ProcessStartInfo(Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = siteFolder,
        };
        // Furigana (<rt>, <rp>) is left out of the index, so 見守り is found whether or not its reading is shown.
        foreach (var argument in new[] { "--site", siteFolder, "--output-subdir", BundleFolder, "--exclude-selectors", "rt, rp", "--quiet" })
            start.ArgumentList.Add(argument);

        string output, errors;
        int exitCode;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Fail(diagnostics, $"Pagefind did not finish within {Timeout.TotalMinutes:0} minutes and was stopped");
                return false;
            }
            output = stdout.GetAwaiter().GetResult();
            errors = stderr.GetAwaiter().GetResult();
            exitCode = process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Fail(diagnostics, $"Pagefind ({Configured}) could not be started: {e.Message}");
            return false;
        }

        if (exitCode != 0)
        {
            Fail(diagnostics, $"Pagefind ({Configured}) failed with exit code {exitCode}: {LastLines(errors + "\n" + output)}");
            return false;
        }
        if (!File.Exists(Path.Combine(siteFolder, BundleFolder, "pagefind.js")))
        {
            Fail(diagnostics, $"Pagefind ({Configured}) finished but wrote no {BundleFolder}/pagefind.js: {LastLines(errors + "\n" + output)}");
            return false;
        }
        return true;
    }

    private void Fail(DiagnosticBag diagnostics, string message) =>
        diagnostics.Error(SourceLocation.StartOf(ConfigFile), Field, message,
            $"run `npm ci` to reinstall Pagefind, or run {Configured} --site _site by hand to see its whole output");

    private static string LastLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? "(it printed nothing)" : string.Join(" / ", lines.TakeLast(6));
    }
}
