namespace SiteGen.Accessibility;

/// <summary>What a person did to verify a criterion, on which day, said the same in Japanese and English.</summary>
public sealed record HandCheck(DateOnly Date, string Ja, string En);

/// <summary>
/// The criteria a person has tested by hand on the built seed site (Chromium, keyboard only, at 320, 390 and
/// 1280 px, light and dark), with what was done. A criterion not listed here has not been tested by hand.
/// </summary>
public static class HandChecks
{
    private static readonly DateOnly Tested = new(2026, 12, 6);

    // The same check answers every criterion about recorded audio and video.
    private const string NoMediaJa = "テンプレートと内容に音声・映像がないことを確かめた。";
    private const string NoMediaEn = "Checked that the templates and content have no audio or video.";

    private static KeyValuePair<string, HandCheck> H(string number, string ja, string en) => new(number, new HandCheck(Tested, ja, en));

    public static readonly IReadOnlyDictionary<string, HandCheck> ByCriterion = new Dictionary<string, HandCheck>([
        H("1.1.1", "全種類のページで、画像はファビコンだけであること、グラフの SVG に role=\"img\" と名前があり、飾りの SVG は読み上げから外れていることを確かめた。",
            "On every kind of page: the only image is the favicon; each chart's SVG has role=\"img\" and a name, decorative SVGs are hidden from screen readers."),
        H("1.2.1", NoMediaJa, NoMediaEn),
        H("1.2.2", NoMediaJa, NoMediaEn),
        H("1.2.3", NoMediaJa, NoMediaEn),
        H("1.2.4", "ライブの音声・映像を配信していない。", "The site streams no live audio or video."),
        H("1.2.5", NoMediaJa, NoMediaEn),
        H("1.3.1", "CSS を無効にして、見出し、リスト、定義リスト、表の見出しセル、ランドマークが見た目どおりの構造を伝えることを確かめた。",
            "With CSS turned off, headings, lists, description lists, table header cells and landmarks carry the structure the layout shows."),
        H("1.3.2", "CSS で表示の順序を入れ替えていない（order・reverse の指定がない）ことを確かめ、390 px と 1280 px で Tab キーの順と読む順が画面の順と同じことを確かめた。",
            "The CSS never reorders content (no order or reverse); at 390 and 1280 px the Tab order and reading order follow the screen."),
        H("1.3.3", "画面の説明（日本語・英語の UI 文言）に、形・色・位置だけで指す指示がないことを確かめた。",
            "The interface text (Japanese and English) never points at something by shape, colour or position alone."),
        H("1.3.4", "CSS に画面の向きを固定する指定がないことを確かめ、縦向き・横向きで全種類のページを開いた。",
            "The CSS does not lock the orientation; every kind of page was opened in portrait and landscape."),
        H("1.3.5", "利用者自身の情報を入力する欄がない（入力欄は検索と絞り込みだけ）。", "There is no field for the user's own information (the only inputs are search and the action filter)."),
        H("1.4.1", "文中のリンクに下線があること（下線のないリンクは入口のボタン、件数のタイル、用語集の索引で、枠で囲まれている）、取り組みの区分と評価が文字と記号で示されること、グラフの系列が色のほか模様でも区別できることを確かめた。",
            "Links in text are underlined (the links without an underline, the entry buttons, count tiles and glossary index, are boxed); action flags and evaluations are shown as words and marks; chart series differ by pattern as well as colour."),
        H("1.4.2", "自動で再生される音声がない。", "No audio plays automatically."),
        H("1.4.5", "文字の画像がないことを確かめた。グラフの文字は SVG の text 要素で、拡大しても文字のまま。",
            "There are no images of text; chart labels are SVG text elements that stay text when zoomed."),
        H("1.4.11", "ライト・ダークの両方で、入力欄・選択欄の枠とフォーカスの枠の背景とのコントラストを測った。検索欄の枠（2.0:1）が足りなかったので 3:1 以上に直した。",
            "Measured the contrast of input and select borders and of the focus outline against the background, light and dark. The search box border (2.0:1) fell short and was fixed to 3:1 or more."),
        H("1.4.13", "ホバーやフォーカスで現れる追加の表示（ツールチップ、title 属性）がないことを確かめた。フォーカスで現れるスキップリンクは、フォーカスを受けたリンクそのもの。",
            "No extra content appears on hover or focus (no tooltips, no title attributes). The skip link that appears on focus is the focused link itself."),
        H("2.1.4", "1文字のキーで動くショートカットがない（スクリプトが扱うキーはメニューを閉じる Escape だけ）。",
            "There are no single-character key shortcuts (the only key the scripts handle is Escape, to close the menu)."),
        H("2.2.1", "時間制限のある操作がない。", "Nothing has a time limit."),
        H("2.2.2", "動く・点滅する・自動で更新される表示がない。動きを減らす設定ではスムーズスクロールも止まる。",
            "Nothing moves, blinks or updates by itself; with reduced motion even smooth scrolling stops."),
        H("2.3.1", "点滅する表示がない。", "Nothing flashes."),
        H("2.4.4", "全種類のページで、「こちら」「詳しく」のように目的が分からないリンクがないこと、同じ文字のリンクが同じ行き先であることを確かめた。",
            "On every kind of page, no link is as vague as \"here\" or \"more\", and links with the same text go to the same place."),
        H("2.4.6", "全種類のページで、見出しが内容を、ラベルが入力欄の目的を表していることを確かめた。",
            "On every kind of page, headings describe their content and labels say what each field is for."),
        H("2.5.1", "複数の指やなぞる操作が必要な機能がない。", "No function needs a multi-point or path-based gesture."),
        H("2.5.2", "スクリプトが押し下げ（mousedown・pointerdown・touchstart）で動かず、すべて click で動くことを確かめた。",
            "No script acts on the down event (mousedown, pointerdown, touchstart); every action runs on click."),
        H("2.5.3", "見た目の文字と違う aria-label のボタン・リンクがないことを確かめた。ふりがなボタンの名前は「ふりがな」で、見た目の「オン・オフ」は状態（aria-pressed）として伝わる。",
            "No button or link has an aria-label other than its visible text. The furigana button is named \"Furigana\"; its visible on/off is conveyed as its state (aria-pressed)."),
        H("2.5.4", "端末の動きで動く機能がない。", "Nothing is operated by moving the device."),
        H("2.5.7", "ドラッグ操作が必要な機能がない。", "Nothing needs dragging."),
        H("3.1.2", "サイトの部品（言語の切り替え、用語集の日本語、達成基準の英語名など）には lang 属性がある。英語のページの本文に書かれた日本語（「ラコルタ柏」「地域いきいきセンター」などの名前、記号「修・新・終」）は、ビルドのときに lang=\"ja\" で囲まれることを、全ページのテキストを調べるブラウザテストで確かめた。",
            "The site's own parts (the language switch, the glossary's Japanese, the criteria's English names) carry a lang attribute. Japanese written into the text of English pages (names such as Rakoruta Kashiwa's or the Ikiiki Centres', the marks for revised, new and ended) is wrapped in lang=\"ja\" when the site is built: a browser test reads the text of every page."),
        H("3.2.1", "キーボードだけで全種類のページの全要素に Tab キーで移動し、フォーカスだけでページの移動、新しいウィンドウ、メニューの開閉が起きないことを確かめた。",
            "Tabbing with the keyboard alone through every element of every kind of page: focus alone never changes the page, opens a window or opens the menu."),
        H("3.2.2", "絞り込みの選択を変えると一覧が絞られ、その数が読み上げられるだけで、ページの移動や新しいウィンドウは起きないことを確かめた。",
            "Changing a filter choice narrows the list and announces the count; it never changes the page or opens a window."),
        H("3.2.3", "全ページでヘッダーのナビゲーションとフッターのリンクが同じ順序であることを確かめた。", "The header navigation and footer links come in the same order on every page."),
        H("3.2.4", "同じ働きの部品（スキップリンク、メニュー、言語の切り替え、ふりがな、お問い合わせ）が全ページで同じ名前であることを確かめた。",
            "Components with the same function (skip link, menu, language switch, furigana, contact) have the same name on every page."),
        H("3.2.6", "お問い合わせへのリンクが全ページのフッターの同じ位置にあることを確かめた。", "The contact link is in the same place in the footer of every page."),
        H("3.3.1", "検索欄を空のまま検索すると「探したい言葉を入力してください。」と、欄の名前（探したい言葉）を含む文で知らせることを確かめた。ほかに利用者が入力する欄はない。",
            "Searching with the search box empty says \"Type the words you want to find.\", naming what the field is for, in text. There is no other field to type in."),
        H("3.3.3", "入力の誤りとして扱うのは空の検索だけで、そのときは何を入力すればよいか（探したい言葉）を文で示すことを確かめた。",
            "The only input error is an empty search, and it then says in words what to enter (the words to find)."),
        H("3.3.4", "法的・金銭的な取引やデータを送信するフォームがない。", "There are no legal, financial or data-submitting forms."),
        H("3.3.7", "同じ情報を何度も入力させる手続きがない。", "No process asks for the same information twice."),
        H("3.3.8", "公開するページにログインなどの認証がない（職員用の管理画面は試験の対象外）。", "No public page asks anyone to log in (the staff's admin is outside the scope of this report)."),
        H("4.1.3", "検索結果の件数、絞り込みの件数、埋め込みコードのコピーの結果が role=\"status\" で読み上げられることを確かめた。",
            "The number of search results, the number of filtered actions and the result of copying an embed code are announced through role=\"status\"."),
    ]);
}
