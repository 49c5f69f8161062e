using SiteGen.Markup.Phrases;
using SiteGen.Markup.Readings;
using SiteGen.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Japanese addresses break between their place names and before their lot number, never inside it: at 390 px a
/// plan's contact box cut 加古川市加古川町寺家町177-12, one BudouX phrase, inside its number (寺家町17|7-12).
/// Expected breaks follow how an address is built (prefecture, municipality, ward, town, lot), shown with |.
/// </summary>
public sealed class AddressBreaksTests
{
    private static string Address(string text, params string[] words) =>
        new PhraseHtml(Phrasing.For(new ReadingDictionary(words.Select(w => new ReadingEntry(w, "よみ")), "test")), Html.Encoder, AddressBreaks.Find)
            .ToHtml(text).Replace("<wbr>", "|").Replace("<span class=\"number\">", "").Replace("</span>", "");

    [Theory]
    // The seed sites' addresses, with their dictionaries' words: the number on a line of its own when the line is short.
    [InlineData("加古川市加古川町寺家町177-12", "加古川市|加古川町寺家町|177-12", new[] { "加古川市", "加古川町寺家" })]
    [InlineData("千葉市中央区千葉寺町1208-2", "千葉市|中央区|千葉寺町|1208-2", new[] { "千葉市", "中央", "千葉寺町" })]
    [InlineData("柏市柏下65-1", "柏市|柏下|65-1", new[] { "柏市" })]
    // The prefecture needs no word; BudouX's 霞が|関 is not taken.
    [InlineData("東京都千代田区霞が関1丁目2番2号", "東京都|千代田区霞が関|1丁目2番2号", new string[0])]
    [InlineData("兵庫県加古川市加古川町寺家町177番地の12", "兵庫県|加古川市|加古川町|寺家町|177番地の12", new[] { "加古川市", "加古川町", "寺家町" })]
    // A name that starts with what ends another (四日市 市) is no place to break without a word saying so.
    [InlineData("四日市市諏訪町1番5号", "四日市市諏訪町|1番5号", new string[0])]
    // A building after the number is parted as any text; beside a space the browser breaks by itself.
    [InlineData("柏市柏5-10-1柏市役所本庁舎3階", "柏市|柏|5-10-1|柏市役所本庁舎3階", new[] { "柏市" })]
    [InlineData("大阪府大阪市北区梅田3-1-1 梅田ビル", "大阪府|大阪市北区梅田|3-1-1 梅田ビル", new string[0])]
    public void An_address_breaks_between_its_places_and_before_its_number(string address, string expected, string[] words) =>
        Assert.Equal(expected, Address(address, words));

    [Theory]
    [InlineData("177-12 Jike-machi, Kakogawa-cho, Kakogawa")]
    [InlineData("〒675-8577")]
    public void A_text_without_Japanese_is_left_as_it_is(string text) => Assert.Equal(text.Replace("&", "&amp;"), Address(text));

    [Theory]
    [InlineData("177-12 Jike-machi, Kakogawa-cho, Kakogawa", "<span class=\"number\">177-12</span> <span class=\"keep\">Jike-machi</span>, <span class=\"keep\">Kakogawa-cho</span>, Kakogawa")]
    [InlineData("5-11-8 Kashiwa, Kashiwa, Chiba", "<span class=\"number\">5-11-8</span> Kashiwa, Kashiwa, Chiba")]
    [InlineData("Room 3, 12-4-A Building", "Room 3, 12-4-A Building")]
    [InlineData("Kita-ku 7", "<span class=\"keep\">Kita-ku</span> 7")]
    [InlineData("1208-2 Chibadera-chō, Chūō-ku, Chiba", "<span class=\"number\">1208-2</span> <span class=\"keep\">Chibadera-chō</span>, <span class=\"keep\">Chūō-ku</span>, Chiba")]
    [InlineData("Ōtemachi 1-chome", "Ōtemachi 1-chome")]
    public void A_number_or_name_with_dashes_in_a_Latin_address_stays_on_one_line(string address, string expected) =>
        Assert.Equal(expected, AddressBreaks.KeepPartsWhole(address));

    [Fact]
    public void The_lot_number_is_whole_where_running_text_would_part_it()
    {
        // PhraseBreaks lets a number start a line after kana (番地の|12): in an address that is inside the number.
        const string text = "加古川町寺家町177番地の12";
        var running = new PhraseHtml(Phrasing.Japanese, Html.Encoder).ToHtml(text);
        Assert.Contains("の<wbr>12", running);
        Assert.EndsWith("|177番地の12", Address(text));
    }

    [Fact]
    public void The_seed_sites_contact_addresses_break_before_their_numbers()
    {
        var dictionary = ReadingsFile.Load(Repository.Root, "content", new SiteGen.Diagnostics.DiagnosticBag());
        var addresses = new PhraseHtml(Phrasing.For(dictionary), Html.Encoder, AddressBreaks.Find);
        Assert.Equal("加古川市<wbr>加古川町寺家町<wbr>177-12", addresses.ToHtml("加古川市加古川町寺家町177-12"));
        Assert.Equal("千葉市<wbr>中央区<wbr>千葉寺町<wbr>1208-2", addresses.ToHtml("千葉市中央区千葉寺町1208-2"));
    }
}
