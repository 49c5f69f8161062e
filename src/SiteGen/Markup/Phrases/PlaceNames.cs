namespace SiteGen.Markup.Phrases;

/// <summary>
/// How Japanese place names are built: a prefecture, then municipalities and wards whose names end in 市, 区, 町, 村
/// or 郡. After such a name a compound may break (千葉市|社会福祉協議会, 加古川市|加古川町寺家町).
/// </summary>
public static class PlaceNames
{
    private static readonly string[] Prefectures =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
        "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
        "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
        "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    /// <summary>The length of the prefecture <paramref name="text"/> starts with, or 0.</summary>
    public static int PrefectureLength(ReadOnlySpan<char> text)
    {
        foreach (var prefecture in Prefectures)
            if (text.StartsWith(prefecture, StringComparison.Ordinal)) return prefecture.Length;
        return 0;
    }

    /// <summary>Whether a name ending in <paramref name="c"/> is a municipality, ward or district's.</summary>
    public static bool EndsMunicipality(char c) => c is '市' or '区' or '町' or '村' or '郡';
}
