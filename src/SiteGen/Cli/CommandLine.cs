using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The `sitegen` command line: `build` and `check`, with --help on each.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var configOption = new Option<string>("--config")
        {
            Description = "The site configuration file.",
            DefaultValueFactory = _ => "site.config.json",
        };
        var outputOption = new Option<string?>("--output") { Description = "Where to write the site (default: `output` in the config, else _site/)." };
        var baseUrlOption = new Option<string?>("--base-url") { Description = "The public address of the site, e.g. https://council.github.io/plans/ (overrides the config)." };

        var build = new Command("build", "Build the bilingual website from content/. Writes nothing unless every file is valid.")
        {
            configOption, outputOption, baseUrlOption,
        };
        build.SetAction(result => BuildCommand.Run(
            result.GetValue(configOption)!, result.GetValue(outputOption), result.GetValue(baseUrlOption), stdout, stderr));

        var formatOption = new Option<ReportFormat>("--format")
        {
            Description = "How to print problems: text (for people), github (workflow annotations), json (for tools).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var check = new Command("check", "Check every content file and report all problems, without writing the site.")
        {
            configOption, formatOption,
        };
        check.SetAction(result => CheckCommand.Run(result.GetValue(configOption)!, result.GetValue(formatOption), stdout, stderr));

        var root = new RootCommand("SiteGen: publish community welfare plans as an accessible bilingual website.")
        {
            build, check,
        };

        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            stderr.WriteLine("error: say what to do: `build` or `check`. Add --help for usage.");
            return ExitCodes.UsageError;
        }
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine("error: " + error.Message);
            stderr.WriteLine("Add --help to the command for usage.");
            return ExitCodes.UsageError;
        }
        if (parsed.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            stderr.WriteLine("error: say what to do: `build` or `check`. Add --help for usage.");
            return ExitCodes.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
