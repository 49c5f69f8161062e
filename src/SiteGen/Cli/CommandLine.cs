using System.CommandLine;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>The `sitegen` command line: `build`, `check`, `serve`, `new`, `schema`, `import`/`export evaluations`, with --help on each.</summary>
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

        var timingsOption = new Option<bool>("--timings") { Description = "Print how long each stage of the build took." };
        var noCacheOption = new Option<bool>("--no-cache")
        {
            Description = "Keep nothing between runs or saves: neither read nor write the cache folder (docs/cli.md#the-cache-folder).",
        };
        var asOfOption = new Option<DateOnly?>("--as-of")
        {
            Description = "The day pages say where each plan stands (in force, ended), as YYYY-MM-DD (default: today in Japan).",
        };
        var build = new Command("build", "Build the bilingual website from content/. Writes nothing unless every file is valid.")
        {
            configOption, outputOption, baseUrlOption, timingsOption, asOfOption, noCacheOption,
        };
        build.SetAction(result => BuildCommand.Run(
            result.GetValue(configOption)!, result.GetValue(outputOption), result.GetValue(baseUrlOption), stdout, stderr, result.GetValue(timingsOption),
            result.GetValue(asOfOption), result.GetValue(noCacheOption)));

        var formatOption = new Option<ReportFormat>("--format")
        {
            Description = "How to print problems: text (for people), github (workflow annotations), json (for tools).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var check = new Command("check", "Check every content file and report all problems, without writing the site.")
        {
            configOption, formatOption, noCacheOption,
        };
        check.SetAction(result => CheckCommand.Run(result.GetValue(configOption)!, result.GetValue(formatOption), stdout, stderr,
            result.GetValue(noCacheOption)));

        var portOption = new Option<int>("--port")
        {
            Description = "The port to serve on, on 127.0.0.1 only (0 picks a free one).",
            DefaultValueFactory = _ => Serve.DevServer.DefaultPort,
        };
        portOption.Validators.Add(port =>
        {
            if (port.GetValueOrDefault<int>() is < 0 or > 65535) port.AddError("--port must be a port number from 0 to 65535 (0 picks a free one)");
        });
        var serve = new Command("serve", "Build, then serve the site on 127.0.0.1 and rebuild and reload the browser on every change. Ctrl+C stops.")
        {
            configOption, portOption, timingsOption, noCacheOption,
        };
        serve.SetAction(result => ServeCommand.Run(result.GetValue(configOption)!, result.GetValue(portOption), stdout, stderr,
            timings: result.GetValue(timingsOption), noCache: result.GetValue(noCacheOption)));

        // --config may stand before or after `plan`/`area`, as in every other verb.
        var scaffoldConfig = new Option<string>("--config")
        {
            Description = "The site configuration file.",
            DefaultValueFactory = _ => "site.config.json",
            Recursive = true,
        };
        var slugArgument = new Argument<string>("slug") { Description = "The plan's address: /ja/plans/SLUG/ (lowercase letters, digits, hyphens)." };
        var publisherOption = new Option<string?>("--publisher") { Description = "The publishing organisation's id (default: the first in content/organisations/)." };
        var coverageOption = new Option<string?>("--coverage") { Description = "The whole-city area the plan covers (default: the publisher's whole-city area)." };
        var newPlan = new Command("plan", "Create content/plans/SLUG/ with every field present and explained; it builds as it is.")
        {
            slugArgument, publisherOption, coverageOption,
        };
        newPlan.SetAction(result => NewCommand.Plan(result.GetValue(scaffoldConfig)!, result.GetValue(slugArgument)!,
            result.GetValue(publisherOption), result.GetValue(coverageOption), stdout, stderr));

        var areaArgument = new Argument<string>("id") { Description = "The area's id: /ja/areas/ID/ (lowercase letters, digits, hyphens)." };
        var layerOption = new Option<string>("--layer") { Description = "The kind of area.", DefaultValueFactory = _ => "district" };
        var organisationOption = new Option<string?>("--organisation") { Description = "The organisation working in the area (default: the first)." };
        var parentOption = new Option<string?>("--parent") { Description = "The larger area it lies in." };
        var newArea = new Command("area", "Create content/areas/ID.md and ID.en.md.")
        {
            areaArgument, layerOption, organisationOption, parentOption,
        };
        newArea.SetAction(result => NewCommand.Area(result.GetValue(scaffoldConfig)!, result.GetValue(areaArgument)!, result.GetValue(layerOption)!,
            result.GetValue(organisationOption), result.GetValue(parentOption), stdout, stderr));

        var organisationArgument = new Argument<string>("id") { Description = "The organisation's id, used by plans' `publisher:` (lowercase letters, digits, hyphens)." };
        var newOrganisation = new Command("organisation", "Create content/organisations/ID.md.") { organisationArgument };
        newOrganisation.SetAction(result => NewCommand.Organisation(result.GetValue(scaffoldConfig)!, result.GetValue(organisationArgument)!, stdout, stderr));

        var scaffold = new Command("new", "Create a new plan, area or organisation from a commented template.") { scaffoldConfig, newPlan, newArea, newOrganisation };

        var schemaOutput = new Option<string?>("--output") { Description = "Where to write the editor JSON Schemas (default: schema/)." };
        var schemaDocs = new Option<string[]>("--docs")
        {
            Description = "Markdown files whose `<!-- fields: SHAPE ja|en -->` tables to write anew (default: docs/authoring.md).",
            AllowMultipleArgumentsPerToken = true,
        };
        var schemaConfig = new Option<string?>("--config")
        {
            Description = "A site configuration whose `languages` the schemas follow (default: site.config.json when there is one, else ja and en).",
        };
        var schema = new Command("schema", "Write the editor JSON Schemas and the docs' field tables from the content declaration.")
        {
            schemaOutput, schemaDocs, schemaConfig,
        };
        schema.SetAction(result => SchemaCommand.Run(result.GetValue(schemaOutput), result.GetValue(schemaDocs) ?? [], stdout, stderr, result.GetValue(schemaConfig)));

        var (import, export) = EvaluationsCommand.Declare(stdout, stderr);

        var root = new RootCommand("SiteGen: publish community welfare plans as an accessible bilingual website.")
        {
            build, check, scaffold,
            serve, schema, import, export,
        };

        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            stderr.WriteLine("error: say what to do: `build`, `check` or `serve`. Add --help for usage.");
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
            stderr.WriteLine("error: say what to do: `build`, `check` or `serve`. Add --help for usage.");
            return ExitCodes.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
