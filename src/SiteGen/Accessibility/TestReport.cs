namespace SiteGen.Accessibility;

public enum WcagLevel { A, AA }

/// <summary>A criterion's result, in the words of the JIS X 8341-3:2016 test reports: 適合 / 不適合 / 該当なし / 未確認.</summary>
public enum Outcome { Pass, Fail, NotApplicable, NotChecked }

/// <summary>
/// One WCAG 2.2 success criterion as this site has been tested against it: which build rules
/// (<see cref="Publish.AccessibilityAudit.Rules"/>) and which browser test classes
/// (tests/SiteGen.BrowserTests) check it, what a person did to test it (<see cref="HandChecks"/>), and the result.
/// <paramref name="Since"/> is the WCAG version that added it: "2.0" criteria are JIS X 8341-3:2016's.
/// </summary>
public sealed record SuccessCriterion(
    string Number, string Ja, string En, WcagLevel Level, string Since, Outcome Result,
    IReadOnlyList<string> BuildRules, IReadOnlyList<string> BrowserTests, HandCheck? ByHand)
{
    /// <summary>4.1.1 was removed in WCAG 2.2 but is still a criterion of JIS X 8341-3:2016.</summary>
    public bool RemovedIn22 => Number == "4.1.1";
    public bool InJis => Since == "2.0";
}

/// <summary>
/// The site's accessibility test report as data: every WCAG 2.2 level A and AA success criterion, plus
/// 4.1.1 (removed in WCAG 2.2, still in JIS X 8341-3:2016), with how it was verified and the result.
/// The about page of each language renders this one list, so ja and en say the same.
/// A criterion is 適合 (Pass) only where an automated check or a person's test (<see cref="HandChecks"/>) shows it;
/// 該当なし (NotApplicable) only where a person found no such content (no audio or video, no time limits, nothing
/// that moves, no forms that take personal data); 未確認 (NotChecked) where nobody has tested it by hand yet.
/// </summary>
public static class TestReport
{
    private static SuccessCriterion C(string number, string ja, string en, WcagLevel level, string since, Outcome result,
        string[]? rules = null, string[]? tests = null) =>
        new(number, ja, en, level, since, result, rules ?? [], tests ?? [], HandChecks.ByCriterion.GetValueOrDefault(number));

    private const WcagLevel A = WcagLevel.A, AA = WcagLevel.AA;
    private const Outcome Pass = Outcome.Pass, Fail = Outcome.Fail, NA = Outcome.NotApplicable;
    private const string Axe = "AccessibilityTests", Nu = "HtmlValidityTests", Keys = "KeyboardAndReflowTests";

    public static readonly IReadOnlyList<SuccessCriterion> Criteria =
    [
        C("1.1.1", "非テキストコンテンツ", "Non-text Content", A, "2.0", Pass, ["img-alt"], [Axe, "ChartsTests"]),
        C("1.2.1", "音声のみ及び映像のみ（収録済）", "Audio-only and Video-only (Prerecorded)", A, "2.0", NA),
        C("1.2.2", "キャプション（収録済）", "Captions (Prerecorded)", A, "2.0", NA),
        C("1.2.3", "音声解説又はメディアに対する代替（収録済）", "Audio Description or Media Alternative (Prerecorded)", A, "2.0", NA),
        C("1.2.4", "キャプション（ライブ）", "Captions (Live)", AA, "2.0", NA),
        C("1.2.5", "音声解説（収録済）", "Audio Description (Prerecorded)", AA, "2.0", NA),
        C("1.3.1", "情報及び関係性", "Info and Relationships", A, "2.0", Pass, ["heading-order", "table-caption", "th-scope"], [Axe, Keys, "TableTests"]),
        C("1.3.2", "意味のある順序", "Meaningful Sequence", A, "2.0", Pass),
        C("1.3.3", "感覚的な特徴", "Sensory Characteristics", A, "2.0", Pass),
        C("1.3.4", "表示の向き", "Orientation", AA, "2.1", Pass, tests: ["OrientationTests"]),
        C("1.3.5", "入力目的の特定", "Identify Input Purpose", AA, "2.1", NA),
        C("1.4.1", "色の使用", "Use of Color", A, "2.0", Pass, tests: ["NavigationTests", "ChartsTests"]),
        C("1.4.2", "音声の制御", "Audio Control", A, "2.0", NA),
        C("1.4.3", "コントラスト（最低限）", "Contrast (Minimum)", AA, "2.0", Pass, tests: [Axe]),
        C("1.4.4", "テキストのサイズ変更", "Resize Text", AA, "2.0", Pass, tests: ["ScreenshotAndMediaTests", "HeadingSizeTests"]),
        C("1.4.5", "文字画像", "Images of Text", AA, "2.0", Pass, tests: ["ChartsTests"]),
        C("1.4.10", "リフロー", "Reflow", AA, "2.1", Pass, tests: [Keys, "TableTests", "ChartsTests"]),
        C("1.4.11", "非テキストのコントラスト", "Non-text Contrast", AA, "2.1", Pass, tests: ["ChartsTests", Keys, "NonTextContrastTests"]),
        C("1.4.12", "テキストの間隔", "Text Spacing", AA, "2.1", Pass, tests: [Keys]),
        C("1.4.13", "ホバー又はフォーカスで表示されるコンテンツ", "Content on Hover or Focus", AA, "2.1", Pass),
        C("2.1.1", "キーボード", "Keyboard", A, "2.0", Pass, tests: [Keys, "TableTests", "FilterTests", "FuriganaTests", "HeaderTests"]),
        C("2.1.2", "キーボードトラップなし", "No Keyboard Trap", A, "2.0", Pass, tests: [Keys, "EmbedTests"]),
        C("2.1.4", "文字キーのショートカット", "Character Key Shortcuts", A, "2.1", NA),
        C("2.2.1", "タイミング調整可能", "Timing Adjustable", A, "2.0", NA),
        C("2.2.2", "一時停止、停止、非表示", "Pause, Stop, Hide", A, "2.0", NA),
        C("2.3.1", "3回の閃光、又は閾値以下", "Three Flashes or Below Threshold", A, "2.0", NA),
        C("2.4.1", "ブロックスキップ", "Bypass Blocks", A, "2.0", Pass, tests: [Keys, Axe]),
        C("2.4.2", "ページタイトル", "Page Titled", A, "2.0", Pass, tests: [Axe, Nu]),
        C("2.4.3", "フォーカス順序", "Focus Order", A, "2.0", Pass, tests: [Keys, "HeaderTests"]),
        C("2.4.4", "リンクの目的（コンテキスト内）", "Link Purpose (In Context)", A, "2.0", Pass, ["link-name"], [Axe]),
        C("2.4.5", "複数の手段", "Multiple Ways", AA, "2.0", Pass, tests: ["NavigationTests", "SearchTests"]),
        C("2.4.6", "見出し及びラベル", "Headings and Labels", AA, "2.0", Pass, ["one-h1", "heading-order"], [Axe]),
        C("2.4.7", "フォーカスの可視化", "Focus Visible", AA, "2.0", Pass, tests: [Keys]),
        C("2.4.11", "フォーカスが隠されない（最低限）", "Focus Not Obscured (Minimum)", AA, "2.2", Pass, tests: [Keys, "HeaderTests"]),
        C("2.5.1", "ポインタのジェスチャ", "Pointer Gestures", A, "2.1", NA),
        C("2.5.2", "ポインタのキャンセル", "Pointer Cancellation", A, "2.1", Pass),
        C("2.5.3", "ラベルを含む名前（name）", "Label in Name", A, "2.1", Pass, tests: [Axe]),
        C("2.5.4", "動きによる起動", "Motion Actuation", A, "2.1", NA),
        C("2.5.7", "ドラッグ動作", "Dragging Movements", AA, "2.2", NA),
        C("2.5.8", "ターゲットのサイズ（最低限）", "Target Size (Minimum)", AA, "2.2", Pass, tests: [Keys]),
        C("3.1.1", "ページの言語", "Language of Page", A, "2.0", Pass, ["html-lang"], [Axe]),
        C("3.1.2", "一部分の言語", "Language of Parts", AA, "2.0", Pass, tests: [Axe, "LanguageOfPartsTests"]),
        C("3.2.1", "フォーカス時", "On Focus", A, "2.0", Pass, tests: ["ContextChangeTests"]),
        C("3.2.2", "入力時", "On Input", A, "2.0", Pass, tests: ["FilterTests", "ContextChangeTests"]),
        C("3.2.3", "一貫したナビゲーション", "Consistent Navigation", AA, "2.0", Pass, tests: ["HeaderTests", "ConsistencyTests"]),
        C("3.2.4", "一貫した識別性", "Consistent Identification", AA, "2.0", Pass, tests: ["ConsistencyTests"]),
        C("3.2.6", "一貫したヘルプ", "Consistent Help", A, "2.2", Pass, tests: ["ConsistencyTests"]),
        C("3.3.1", "エラーの特定", "Error Identification", A, "2.0", Pass, tests: ["SearchErrorTests"]),
        C("3.3.2", "ラベル又は説明", "Labels or Instructions", A, "2.0", Pass, tests: [Axe, "FilterTests", "SearchTests"]),
        C("3.3.3", "エラー修正の提案", "Error Suggestion", AA, "2.0", Pass, tests: ["SearchErrorTests"]),
        C("3.3.4", "エラー回避（法的、金融、データ）", "Error Prevention (Legal, Financial, Data)", AA, "2.0", NA),
        C("3.3.7", "冗長な入力", "Redundant Entry", A, "2.2", NA),
        C("3.3.8", "認証のアクセシビリティ（最低限）", "Accessible Authentication (Minimum)", AA, "2.2", NA),
        C("4.1.1", "構文解析", "Parsing", A, "2.0", Pass, tests: [Nu]),
        C("4.1.2", "名前（name）・役割（role）及び値（value）", "Name, Role, Value", A, "2.0", Pass, ["link-name"], [Axe, "HeaderTests", "FuriganaTests"]),
        C("4.1.3", "ステータスメッセージ", "Status Messages", AA, "2.1", Pass, tests: ["SearchTests", "FilterTests"]),
    ];

    /// <summary>Whether every criterion of <paramref name="criteria"/> passes or does not apply: only then may a page say 準拠.</summary>
    public static bool AllMet(IEnumerable<SuccessCriterion> criteria) =>
        criteria.All(c => c.Result is Outcome.Pass or Outcome.NotApplicable);

    /// <summary>The criteria of JIS X 8341-3:2016 (WCAG 2.0) that the conformance to JIS is stated over.</summary>
    public static IEnumerable<SuccessCriterion> Jis => Criteria.Where(c => c.InJis);

    /// <summary>The criteria of WCAG 2.2: all but 4.1.1.</summary>
    public static IEnumerable<SuccessCriterion> Wcag22 => Criteria.Where(c => !c.RemovedIn22);

    /// <summary>What the build's own checks look for, in words a resident reads; the rule id stays beside it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ja, string En)> BuildRuleText = new Dictionary<string, (string, string)>
    {
        ["html-lang"] = ("ページの言語（日本語・英語）が指定されている", "Each page says which language it is in"),
        ["one-h1"] = ("ページの大見出しが一つだけある", "Each page has exactly one main heading"),
        ["heading-order"] = ("見出しの段階が飛ばない", "Heading levels are not skipped"),
        ["img-alt"] = ("画像に代わりの文章がある", "Images have a text alternative"),
        ["table-caption"] = ("表に表題がある", "Tables have a caption"),
        ["th-scope"] = ("表の見出しのセルが、行か列かを示している", "Table header cells say whether they head a row or a column"),
        ["link-name"] = ("リンクに名前（読み上げられる文字）がある", "Links have a name that is read out"),
    };
}
