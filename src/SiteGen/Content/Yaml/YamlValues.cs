using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Content.Yaml;

/// <summary>Readers for the scalar types of the content model. Each reports what it expected and how to write it.</summary>
public static partial class YamlValues
{
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a group of fields",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"`{Shorten(s.Value)}`",
        _ => "something else",
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    public static string? String(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode { Value: var value })
        {
            if (!value.AsSpan().Trim().IsEmpty) return value.Trim('\n');
            context.Error(node, path, "the text is empty", "write the text, or remove the field if it is optional");
            return null;
        }
        context.Error(node, path, $"expected a text, found {Describe(node)}", "write the text on the same line after the colon, in quotes if it contains a colon");
        return null;
    }

    public static int? Int(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode { IsPlain: true } s &&
            int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        context.Error(node, path, $"expected a whole number, found {Describe(node)}", "write digits only, without quotes or units, e.g. `34`");
        return null;
    }

    /// <summary>A Western fiscal year (2022), the form open data needs; the era form is derived.</summary>
    public static FiscalYear? Year(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
            return new FiscalYear(y);
        context.Error(node, path, $"expected a fiscal year such as 2022, found {Describe(node)}",
            "write the Western year the fiscal year starts in: 令和4年度 is 2022");
        return null;
    }

    /// <summary>
    /// A year used as a key. `{2024: 1,150}` is read by YAML as `{2024: 1, 150: ~}`, so a small
    /// number where a year should be most likely comes from a comma inside braces: say so.
    /// </summary>
    private static FiscalYear? YearKey(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode { Value: { Length: <= 3 } v } && v.All(char.IsAsciiDigit))
        {
            context.Error(node, path, $"`{v}` is not a fiscal year; it looks like the end of a number written with a comma",
                "write numbers without thousands separators: `{2024: 1150}`, not `{2024: 1,150}`");
            return null;
        }
        return Year(node, path, context);
    }

    /// <summary>An identifier used in URLs and references: lowercase letters, digits and hyphens.</summary>
    public static string? Id(YamlNode node, string path, YamlContext context)
    {
        var value = (node as YamlScalarNode)?.Value;
        if (value is not null && IdPattern().IsMatch(value)) return value;
        context.Error(node, path, $"`{value ?? Describe(node)}` is not a valid id",
            "use lowercase letters a-z, digits and hyphens only, starting with a letter or digit (no spaces, slashes or dots), e.g. `kashiwa-chuo`");
        return null;
    }

    public static bool IsValidId(string value) => IdPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex IdPattern();

    /// <summary>
    /// Text in each language of the site: `{ja: …, en: …}`. A plain text is taken as Japanese only (and counted as
    /// not yet translated). A code that is not one of the site's languages is an error, so `jp:` or `eng:` cannot vanish.
    /// </summary>
    public static LocalizedText? Text(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode)
        {
            var text = String(node, path, context);
            return text is null ? null : new LocalizedText(text);
        }
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        string? ja = null;
        List<KeyValuePair<string, string>>? translations = null;
        foreach (var (k, v) in map.Node.Children)
        {
            var code = (k as YamlScalarNode)?.Value ?? "";
            if (!Languages.TryParse(code, out var language))
            {
                context.Error(k, $"{path}.{code}", $"`{code}` is not a language of this site",
                    $"this site's languages are {Languages.CodeList} (`languages` in site.config.json): write `ja:` for Japanese and one of those codes for each translation");
                continue;
            }
            var text = v is YamlScalarNode { Value: "" } ? null : String(v, $"{path}.{code}", context);
            if (language == Language.Ja) ja = text;
            else if (text is not null) (translations ??= new List<KeyValuePair<string, string>>(1)).Add(new(code, text));
        }
        if (ja is null)
        {
            context.Error(node, $"{path}.ja", "the Japanese text is missing", "Japanese is the language of record: add `ja: …`");
            return null;
        }
        return new LocalizedText(ja, translations);
    }

    /// <summary>A number (1150, 1,150 written as 1150, 9.8) or a translated text (実施 / carried out).</summary>
    public static Value? ValueOf(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlScalarNode { IsPlain: true, Value: var raw } &&
            decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return Model.Value.Of(number, raw);
        if (node is YamlScalarNode { IsPlain: true, Value: var withComma } && NumberWithCommas().IsMatch(withComma))
        {
            context.Error(node, path, $"`{withComma}` looks like a number written with commas",
                $"write numbers without thousands separators (`{withComma.Replace(",", "")}`); the site adds them");
            return null;
        }
        var text = Text(node, path, context);
        return text is null ? null : Model.Value.Of(text);
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex NumberWithCommas();

    /// <summary>2019, 2019-05 or 2019-05-31.</summary>
    public static PartialDate? Date(YamlNode node, string path, YamlContext context)
    {
        var raw = (node as YamlScalarNode)?.Value ?? "";
        var m = DatePattern().Match(raw);
        if (m.Success)
        {
            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int? month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            int? day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            var valid = month is null or (>= 1 and <= 12) && (day is null || day <= DateTime.DaysInMonth(year, month!.Value));
            if (valid && day is not 0) return new PartialDate(year, month, day);
        }
        context.Error(node, path, $"expected a date such as 2022-03 or 2022-03-31, found {Describe(node)}",
            "write year-month or year-month-day with Western years: 令和4年3月 is 2022-03");
        return null;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex DatePattern();

    public static string? Url(YamlNode node, string path, YamlContext context)
    {
        var value = String(node, path, context);
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return value;
        context.Error(node, path, $"`{value}` is not a web address", "write a full address starting with https:// or http://");
        return null;
    }

    public static string? Email(YamlNode node, string path, YamlContext context)
    {
        var value = String(node, path, context);
        if (value is null) return null;
        if (EmailPattern().IsMatch(value)) return value;
        context.Error(node, path, $"`{value}` is not an email address", "write it as name@example.jp");
        return null;
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex EmailPattern();

    public static IReadOnlyList<T> List<T>(YamlNode node, string path, YamlContext context, YamlRead<T> readItem)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Error(node, path, $"expected a list, found {Describe(node)}", "write each entry on its own line starting with `- `");
            return [];
        }
        var items = new List<T>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = readItem(sequence.Children[i], $"{path}[{i + 1}]", context);
            if (item is not null) items.Add(item);
        }
        return items;
    }

    /// <summary>
    /// A mapping from fiscal year to a value, e.g. `{2022: 1150, 2024: 1200}`, with years checked against the plan period.
    /// A year outside the period is an error and dropped, unless <paramref name="outsidePeriod"/> is given: then it is
    /// a warning with that hint and the value is kept (real plans state targets for the year after their period).
    /// </summary>
    public static YearMap<T> ByYear<T>(YamlNode node, string path, YamlContext context, YamlRead<T> readValue, PlanPeriod? period,
        string? outsidePeriodWarningHint = null)
    {
        var result = new Dictionary<FiscalYear, T>();
        var map = MapReader.Of(node, path, context);
        if (map is null) return YearMap<T>.Empty;
        foreach (var (k, v) in map.Node.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            var year = YearKey(k, $"{path}.{key}", context);
            if (year is null) continue;
            if (period is not null && !period.Contains(year.Value))
            {
                var message = $"{year.Value.Year} is outside the plan period {period.Start.Year}–{period.End.Year}";
                if (outsidePeriodWarningHint is not null)
                    context.Warning(k, $"{path}.{key}", message, outsidePeriodWarningHint);
                else
                {
                    context.Error(k, $"{path}.{key}", message, "check the year, or the plan's `period`");
                    continue;
                }
            }
            if (result.ContainsKey(year.Value))
            {
                context.Error(k, $"{path}.{key}", $"{key} is given twice", "keep one value per year");
                continue;
            }
            var value = readValue(v, $"{path}.{key}", context);
            if (value is not null) result[year.Value] = value;
        }
        return YearMap<T>.From(result);
    }
}
