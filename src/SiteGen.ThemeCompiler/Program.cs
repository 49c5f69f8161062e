using SiteGen.ThemeCompiler;

// SiteGen.ThemeCompiler THEME_FOLDER OUTPUT_FILE
// Writes OUTPUT_FILE (C#) with every template of THEME_FOLDER (*.cshtml but _ViewImports.cshtml) as a class,
// and the table SiteGen looks them up in. Rewrites the file only when its text changes, so that an unchanged
// theme does not make SiteGen compile again.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SiteGen.ThemeCompiler THEME_FOLDER OUTPUT_FILE");
    return 2;
}
var (folder, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"{folder}: error: no such theme folder");
    return 2;
}
var code = await BuiltInThemeWriter.WriteAsync(folder);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
if (!File.Exists(output) || File.ReadAllText(output) != code) File.WriteAllText(output, code);
return 0;
