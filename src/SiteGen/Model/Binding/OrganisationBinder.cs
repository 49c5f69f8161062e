using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using static SiteGen.Content.Yaml.YamlValues;

namespace SiteGen.Model.Binding;

/// <summary>content/organisations/&lt;id&gt;.md → <see cref="Organisation"/>.</summary>
public static class OrganisationBinder
{
    public static Organisation? Bind(SourceDocument document, string id, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter is null) return null;
        var context = new YamlContext(document.RelativePath, diagnostics);
        var map = MapReader.Of(document.FrontMatter, "", context)!;

        var name = map.Required("name", Text, "{ja: 社会福祉法人 柏市社会福祉協議会, en: Kashiwa City Council of Social Welfare}");
        var shortName = map.Optional("shortName", Text);
        var municipality = map.Required("municipality", Text, "{ja: 柏市, en: Kashiwa}");
        var code = map.Optional("localGovernmentCode", LocalGovernmentCode);
        var contact = map.Optional("contact", ContactBinder.Read) ?? ContactBinder.Empty;
        map.RejectUnknown();

        if (name is null || municipality is null) return null;
        return new Organisation(id, name, shortName, municipality, code, contact, document.RelativePath);
    }

    /// <summary>全国地方公共団体コード: five digits and a check digit (JIS X 0401/0402), e.g. 122173 for Kashiwa.</summary>
    private static string? LocalGovernmentCode(YamlNode node, string path, YamlContext context)
    {
        var value = String(node, path, context);
        if (value is null) return null;
        if (value.Length == 6 && value.All(char.IsAsciiDigit))
        {
            var sum = 0;
            for (var i = 0; i < 5; i++) sum += (value[i] - '0') * (6 - i);
            var check = (11 - sum % 11) % 10;
            if (value[5] - '0' == check) return value;
            context.Error(node, path, $"`{value}` has a wrong check digit (expected {value[..5]}{check})",
                "copy the six-digit code from the Ministry of Internal Affairs' list of local government codes");
            return null;
        }
        context.Error(node, path, $"`{value}` is not a local government code", "write the six-digit code in quotes, e.g. \"122173\" for 柏市");
        return null;
    }
}

/// <summary>The contact block, shared by organisations and plans.</summary>
public static class ContactBinder
{
    public static readonly Contact Empty = new(null, null, null, null, null, null, null, null);

    public static Contact? Read(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var contact = new Contact(
            map.Optional("postalCode", PostalCode),
            map.Optional("address", Text),
            map.Optional("building", Text),
            map.Optional("phone", Phone),
            map.Optional("fax", Phone),
            map.Optional("email", Email),
            map.Optional("web", Url),
            map.Optional("access", Text));
        map.RejectUnknown();
        return contact;
    }

    private static string? PostalCode(YamlNode node, string path, YamlContext context)
    {
        var value = String(node, path, context);
        if (value is null) return null;
        if (value.Length == 8 && value[3] == '-' && value.Remove(3, 1).All(char.IsAsciiDigit)) return value;
        context.Error(node, path, $"`{value}` is not a postal code", "write it as 277-0005 (without 〒)");
        return null;
    }

    private static string? Phone(YamlNode node, string path, YamlContext context)
    {
        var value = String(node, path, context);
        if (value is null) return null;
        if (value.All(c => char.IsAsciiDigit(c) || c is '-' or '(' or ')' or ' ') && value.Count(char.IsAsciiDigit) is >= 10 and <= 11) return value;
        context.Error(node, path, $"`{value}` is not a phone number", "write the full number with area code, e.g. 04-7163-9000");
        return null;
    }
}
