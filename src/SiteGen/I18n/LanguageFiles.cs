using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.I18n;

/// <summary>
/// Reads `languages` of site.config.json and each language's strings file: strings/&lt;code&gt;.json beside the config,
/// else the built-in one (ja, en). Every file must have every key the built-in Japanese file has, and no other.
/// </summary>
public static partial class LanguageFiles
{
    /// <summary>The folder beside site.config.json a site keeps its own strings files in.</summary>
    public const string Folder = "strings";

    public static (SiteLanguages Languages, IReadOnlyDictionary<Language, UiStrings> Strings)? Load(
        IReadOnlyList<string>? configured, string siteRoot, string configPath, DiagnosticBag diagnostics)
    {
        var codes = configured ?? [.. SiteLanguages.Default.All.Select(l => l.Code)];
        var at = SourceLocation.StartOf(configPath);
        if (codes.FirstOrDefault() != Language.Ja.Code)
        {
            diagnostics.Error(at, "languages", "the first language must be Japanese (`ja`): every plan is written in Japanese",
                $"write \"languages\": [\"ja\", {string.Join(", ", codes.Where(c => c != "ja").Select(c => $"\"{c}\""))}]");
            return null;
        }
        foreach (var code in codes.Where(c => !CodePattern().IsMatch(c)))
        {
            diagnostics.Error(at, "languages", $"`{code}` is not a language code", "write a BCP 47 code in letters: en, vi, zh-Hans, ja-x-easy");
            return null;
        }
        foreach (var twice in codes.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            diagnostics.Error(at, "languages", $"`{twice.Key}` is listed twice", "list each language once");
            return null;
        }

        var expected = Keys(BuiltInText("ja")!);
        var languages = new List<Language>();
        var strings = new Dictionary<Language, UiStrings>();
        foreach (var code in codes)
        {
            var file = Path.Combine(siteRoot, Folder, code + ".json");
            var display = $"{Folder}/{code}.json";
            var text = File.Exists(file) ? File.ReadAllText(file) : BuiltInText(code);
            if (text is null)
            {
                diagnostics.Error(at, "languages", $"the language `{code}` has no UI strings",
                    $"write {display} beside site.config.json: copy the built-in en.json (src/SiteGen/I18n/Strings/en.json) and translate each value");
                return null;
            }
            if (Read(text, code, display, expected, diagnostics) is not { } read) return null;
            languages.Add(code == Language.Ja.Code ? Language.Ja : read.Language);
            strings[languages[^1]] = read.Strings;
        }
        return (new SiteLanguages(languages), strings);
    }

    /// <summary>The strings built into the program for <paramref name="code"/>, or null when there are none.</summary>
    public static UiStrings? BuiltIn(string code) =>
        BuiltInText(code) is { } text ? JsonSerializer.Deserialize(text, UiStringsJson.Default.UiStrings) : null;

    private static string? BuiltInText(string code)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"i18n/{code}.json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static (Language Language, UiStrings Strings)? Read(string text, string code, string display, IReadOnlyList<string> expected, DiagnosticBag diagnostics)
    {
        Dictionary<string, string>? values;
        try
        {
            values = JsonSerializer.Deserialize(text, UiStringsJson.Default.DictionaryStringString);
        }
        catch (JsonException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), "",
                "the strings file is not an object of texts", "write { \"key\": \"text\", … } as in the built-in en.json");
            return null;
        }
        values ??= [];
        var ok = true;
        var english = JsonSerializer.Deserialize(BuiltInText("en")!, UiStringsJson.Default.DictionaryStringString)!;
        foreach (var key in expected.Where(k => !values.ContainsKey(k)))
        {
            diagnostics.Error(SourceLocation.StartOf(display), key, $"the key `{key}` is missing from the strings of `{code}`",
                $"add \"{key}\": the text in this language (in English: \"{english.GetValueOrDefault(key)}\")");
            ok = false;
        }
        foreach (var key in values.Keys.Where(k => !expected.Contains(k)))
        {
            diagnostics.Error(new SourceLocation(display, LineOf(text, key), 3), key, $"`{key}` is not a UI string", "remove it, or correct its name");
            ok = false;
        }
        if (!ok) return null;
        if (!Enum.TryParse<Writing>(values["writing"], ignoreCase: true, out var writing) || int.TryParse(values["writing"], out _)
            || (code == Language.Ja.Code && writing != Writing.Japanese))
        {
            diagnostics.Error(new SourceLocation(display, LineOf(text, "writing"), 3), "writing", $"`{values["writing"]}` is not a way of writing{(code == "ja" ? " Japanese" : "")}",
                code == "ja" ? "write \"writing\": \"japanese\"" : "write \"japanese\" (ja-x-easy), \"chinese\" (zh-hans) or \"latin\" (en, vi)");
            return null;
        }
        var strings = JsonSerializer.Deserialize(text, UiStringsJson.Default.UiStrings)!;
        return (new Language(code, writing, strings.Locale, strings.LanguageName), strings);
    }

    private static List<string> Keys(string text) => [.. JsonSerializer.Deserialize(text, UiStringsJson.Default.DictionaryStringString)!.Keys];

    private static int LineOf(string text, string key)
    {
        var index = text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        return index < 0 ? 1 : text.AsSpan(0, index).Count('\n') + 1;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex CodePattern();
}
