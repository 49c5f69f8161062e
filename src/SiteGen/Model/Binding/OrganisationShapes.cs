using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>content/organisations/&lt;id&gt;.md: a publisher of plans and its contact block.</summary>
public static class OrganisationShapes
{
    public static readonly Contact NoContact = new(null, null, null, null, null, null, null, null);

    public static readonly Shape<Contact> Contact = Shape<Contact>.Declare("contact", new("問い合わせ先", "Contact details"), s =>
    {
        var postalCode = s.Optional("postalCode", ContentTypes.PostalCode, new("郵便番号。`277-0005` の形で、〒は付けません", "Postal code as `277-0005`, without 〒"));
        var address = s.Optional("address", Text, new("住所", "Address"));
        var building = s.Optional("building", Text, new("建物名など", "Building"));
        var phone = s.Optional("phone", ContentTypes.Phone, new("電話番号。市外局番から、半角数字とハイフンで（`04-7163-9000`）", "Phone number with area code, half-width digits and hyphens (`04-7163-9000`)"));
        var fax = s.Optional("fax", ContentTypes.Phone, new("ファクス番号。電話番号と同じ書き方", "Fax number, written like a phone number"));
        var email = s.Optional("email", Email, new("メールアドレス", "Email address"));
        var web = s.Optional("web", Url, new("ウェブサイト。`http://` か `https://` から書きます", "Website, starting with `http://` or `https://`"));
        var access = s.Optional("access", Text, new("交通案内", "Directions"));
        return r => new Contact(r.Get(postalCode), r.Get(address), r.Get(building), r.Get(phone), r.Get(fax), r.Get(email), r.Get(web), r.Get(access));
    });

    public static readonly Shape<Organisation> Organisation = Shape<Organisation>.Declare("organisation", new("団体", "Organisation"), s =>
    {
        var name = s.Required("name", Text, "{ja: 社会福祉法人 柏市社会福祉協議会, en: Kashiwa City Council of Social Welfare}",
            new("正式名称。例：社会福祉法人 柏市社会福祉協議会", "Official name, e.g. 社会福祉法人 柏市社会福祉協議会 / Kashiwa City Council of Social Welfare"));
        var shortName = s.Optional("shortName", Text, new("略称。例：柏社協", "Short name, e.g. 柏社協 / Kashiwa council"));
        var municipality = s.Required("municipality", Text, "{ja: 柏市, en: Kashiwa}", new("市町村名", "Municipality"));
        var code = s.Optional("localGovernmentCode", ContentTypes.LocalGovernmentCode,
            new("全国地方公共団体コード。検査数字を含む **6 けた** を `\"…\"` で囲んで書きます。検査数字が違うとエラーになります",
                "The national local government code: **six digits** including the check digit, in quotes. A wrong check digit is an error"));
        var contact = s.Optional("contact", Contact, new("問い合わせ先（下の表。すべて省略できます）", "Contact details (table below; every field optional)"));
        return r => new Organisation(r.Context.State<DocumentId>().Id, r.Get(name), r.Get(shortName), r.Get(municipality), r.Get(code), r.Get(contact) ?? NoContact, r.Context.File);
    });
}

/// <summary>The id a content file takes from its file or folder name.</summary>
public sealed class DocumentId
{
    public string Id { get; set; } = "";
}
