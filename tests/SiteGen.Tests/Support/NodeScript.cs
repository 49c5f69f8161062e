using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Runs a script with node in the repository, where require() finds the packages `npm ci` installs.</summary>
public static class NodeScript
{
    /// <summary>What <paramref name="script"/> writes, given <paramref name="input"/> on stdin (and <paramref name="args"/>); fails the test, saying what to install, when <paramref name="package"/> is missing.</summary>
    public static string Run(string package, string script, string input, params string[] args)
    {
        Assert.True(Directory.Exists(Path.Combine(Repository.Root, "node_modules", package)),
            $"node_modules/{package} is missing: run `npm ci` in {Repository.Root} (it installs the {package} version pinned in package.json).");
        var start = new ProcessStartInfo("node", ["-e", script, .. args])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {error}");
        return output.Result;
    }
}
