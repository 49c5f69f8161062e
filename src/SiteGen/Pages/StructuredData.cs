using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// schema.org JSON-LD for a plan and its publisher. The JSON goes inside a script element, so the
/// encoder escapes &lt; &gt; &amp; (content cannot close the element) while leaving Japanese as text.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Plan(PlanPage page)
    {
        var plan = page.Plan;
        var language = page.Language;
        var publisher = plan.Publisher;
        var contact = publisher.Contact;
        var organisation = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = publisher.Name.In(language).Text,
        };
        if (contact.Web is not null) organisation["url"] = contact.Web;
        if (contact.Phone is not null) organisation["telephone"] = contact.Phone;
        if (contact.Fax is not null) organisation["faxNumber"] = contact.Fax;
        if (contact.Email is not null) organisation["email"] = contact.Email;
        if (contact.Address is not null)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = contact.Address.In(language).Text, ["addressCountry"] = "JP" };
            if (contact.PostalCode is not null) address["postalCode"] = contact.PostalCode;
            organisation["address"] = address;
        }
        if (publisher.LocalGovernmentCode is not null)
            organisation["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "JIS X 0402 local government code", ["value"] = publisher.LocalGovernmentCode };

        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Report",
            ["name"] = Markup.Ruby.RubyText.Strip(PlanTitles.WithMunicipality(plan, language).Text),
            ["inLanguage"] = language.Code,
            ["url"] = page.AbsoluteUrlIn(language),
        };
        // A date or period the source does not give is left out, never guessed.
        if (plan.Published is not null) data["datePublished"] = plan.Published.Iso;
        // Fiscal years run April to March.
        if (plan.Period is { } period) data["temporalCoverage"] = $"{period.Start.Year}-04/{period.End.Year + 1}-03";
        data["publisher"] = organisation;
        if (plan.Revised is not null) data["dateModified"] = plan.Revised.Iso;
        if (page.PlainDescription is { } description) data["description"] = description;
        return data.ToJsonString(Options);
    }
}
