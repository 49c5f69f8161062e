using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Scaffold;

namespace SiteGen.Cli;

/// <summary>`new plan SLUG`, `new area ID` and `new organisation ID`: scaffolds that build as they are.</summary>
public static class NewCommand
{
    public static int Plan(string configPath, string slug, string? publisher, string? coverage, TextWriter stdout, TextWriter stderr)
    {
        if (!YamlValues.IsValidId(slug))
        {
            stderr.WriteLine($"error: `{slug}` cannot be used in a web address; use lowercase letters a-z, digits and hyphens, e.g. kashiwa-5th");
            return ExitCodes.UsageError;
        }
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;
        var content = ContentStage.Run(root, config, new DiagnosticBag());

        publisher ??= content.Organisations.FirstOrDefault()?.Id;
        if (publisher is null || content.Organisations.All(o => o.Id != publisher))
        {
            stderr.WriteLine(publisher is null
                ? "error: there is no organisation yet: add content/organisations/<id>.md first (see docs/authoring.md)"
                : $"error: there is no organisation `{publisher}`; choose one of: {string.Join(", ", content.Organisations.Select(o => o.Id))}");
            return ExitCodes.UsageError;
        }
        coverage ??= content.Areas.FirstOrDefault(a => a.OrganisationId == publisher && a.Layer == AreaLayer.WholeCity)?.Id;
        if (coverage is null || content.Area(coverage) is null)
        {
            // Name the whole-city areas there are: staff then only have to pick one.
            var cities = content.Areas.Where(a => a.Layer == AreaLayer.WholeCity).Select(a => $"{a.Id} ({a.Name.Ja})").ToList();
            var choose = cities.Count == 0
                ? $"there is no whole-city area yet: run `new area ID --layer whole-city --organisation {publisher}` first"
                : $"pass one with --coverage, e.g. `--coverage {cities[0].Split(' ')[0]}`; the whole-city areas are: {string.Join(", ", cities)}";
            stderr.WriteLine(coverage is null
                ? $"error: `{publisher}` has no whole-city area of its own: {choose}"
                : $"error: there is no area `{coverage}`: {choose}");
            return ExitCodes.UsageError;
        }

        var folder = Path.Combine(root, config.Content, "plans", slug);
        if (Directory.Exists(folder))
        {
            stderr.WriteLine($"error: {Path.GetRelativePath(root, folder)} already exists; choose another slug");
            return ExitCodes.UsageError;
        }
        Directory.CreateDirectory(folder);
        var today = DateTime.Today;
        var fiscalYear = today.Month >= 4 ? today.Year : today.Year - 1;
        File.WriteAllText(Path.Combine(folder, "index.md"), PlanScaffold.IndexMd(slug, publisher, coverage, fiscalYear));
        File.WriteAllText(Path.Combine(folder, "index.en.md"), PlanScaffold.IndexEnMd());
        stdout.WriteLine($"Created {Path.GetRelativePath(root, folder)}/index.md and index.en.md. Edit them, then run `check`.");
        return ExitCodes.Success;
    }

    public static int Area(string configPath, string id, string layer, string? organisation, string? parent, TextWriter stdout, TextWriter stderr)
    {
        if (!YamlValues.IsValidId(id))
        {
            stderr.WriteLine($"error: `{id}` cannot be used in a web address; use lowercase letters a-z, digits and hyphens, e.g. kashiwa-chuo");
            return ExitCodes.UsageError;
        }
        if (!Model.Binding.Words.Layers.Contains(layer))
        {
            stderr.WriteLine($"error: `{layer}` is not a kind of area; use one of: {string.Join(", ", Model.Binding.Words.Layers.Words)}");
            return ExitCodes.UsageError;
        }
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;
        var content = ContentStage.Run(root, config, new DiagnosticBag());
        organisation ??= content.Organisations.FirstOrDefault()?.Id;
        if (organisation is null || content.Organisations.All(o => o.Id != organisation))
        {
            stderr.WriteLine($"error: there is no organisation `{organisation}`; add content/organisations/<id>.md first");
            return ExitCodes.UsageError;
        }
        if (parent is not null && content.Area(parent) is null)
        {
            stderr.WriteLine($"error: there is no area `{parent}` to be the parent");
            return ExitCodes.UsageError;
        }
        var file = Path.Combine(root, config.Content, "areas", id + ".md");
        if (File.Exists(file))
        {
            stderr.WriteLine($"error: {Path.GetRelativePath(root, file)} already exists");
            return ExitCodes.UsageError;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, PlanScaffold.AreaMd(layer, organisation, parent));
        File.WriteAllText(Path.ChangeExtension(file, ".en.md"), PlanScaffold.AreaEnMd());
        stdout.WriteLine($"Created {Path.GetRelativePath(root, file)} and its .en.md. Edit them, then run `check`.");
        return ExitCodes.Success;
    }

    public static int Organisation(string configPath, string id, TextWriter stdout, TextWriter stderr)
    {
        if (!YamlValues.IsValidId(id))
        {
            stderr.WriteLine($"error: `{id}` cannot be used in a web address; use lowercase letters a-z, digits and hyphens, e.g. kashiwa-shakyo");
            return ExitCodes.UsageError;
        }
        var (root, config, exit) = SiteLocation.Open(configPath, stderr);
        if (config is null) return exit;
        var file = Path.Combine(root, config.Content, "organisations", id + ".md");
        if (File.Exists(file))
        {
            stderr.WriteLine($"error: {Path.GetRelativePath(root, file)} already exists");
            return ExitCodes.UsageError;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, PlanScaffold.OrganisationMd());
        stdout.WriteLine($"Created {Path.GetRelativePath(root, file)}. Edit it, then add its whole-city area: `new area ID --layer whole-city --organisation {id}`.");
        return ExitCodes.Success;
    }
}
