using System.Globalization;

namespace SiteGen.Scaffold;

/// <summary>
/// The text of a new plan: every field present, each with a comment in Japanese and English, and
/// values that pass `check` as they are, so staff start from something that builds and replace it.
/// </summary>
public static class PlanScaffold
{
    public static string IndexMd(string slug, string publisher, string coverage, int startYear)
    {
        var end = startYear + 4;
        var y = (int offset) => (startYear + offset).ToString(CultureInfo.InvariantCulture);
        return $$"""
---
# yaml-language-server: $schema=../../../schema/plan.schema.json
# 新しい計画のひな形です。各項目を書き換えてください。文章は {ja: 日本語, en: English} で書きます。
# A new plan. Replace each value. Texts are written as {ja: Japanese, en: English}.
# 項目の説明 / every field: docs/authoring.md

# 計画の名前 / the plan's title
title: {ja: 第1期 地域福祉活動計画, en: 1st Community Welfare Activity Plan}
# 副題・愛称（任意）/ subtitle or nickname (optional)
subtitle: {ja: （副題）, en: (subtitle)}
# キャッチフレーズ（任意）/ catchphrase (optional)
tagline: {ja: （キャッチフレーズ）, en: (catchphrase)}
# 第○期・第○次（任意）/ term or plan number (optional)
edition: {ja: 第1期, en: 1st term}
# 資料の種類（任意）/ kind of document (optional)
documentType: {ja: 概要版, en: summary edition}
# 発行者: content/organisations/ のファイル名 / publisher: a file name in content/organisations/
publisher: {{publisher}}
# 計画期間（西暦の年度）/ plan period (Western fiscal years): 令和{{startYear - 2018}}年度 = {{startYear}}
period: {start: {{startYear}}, end: {{end}}}
# 発行日 / published (YYYY-MM or YYYY-MM-DD)
published: {{y(0)}}-04
# 見直し日（任意）/ revised (optional)
# revised: {{y(2)}}-03
# 見直しの対象となる計画（任意）/ the plan this document reviews (optional)
# revisionOf: other-plan-slug
# 原資料（任意）/ source document (optional)
# source: {title: {ja: 概要版（PDF）, en: Summary edition (PDF)}, url: https://example.jp/plan.pdf}
# 対象地域（全市のエリア）: content/areas/ のファイル名 / area covered: a file name in content/areas/
coverage: {{coverage}}
# 計画の要約 / what the plan is, in one or two sentences
summary: {ja: この計画の概要を書きます。, en: What this plan is about.}
# 基本理念 / basic philosophy (vision)
vision:
  statement: {ja: （基本理念）, en: (basic philosophy)}
  description: {ja: （基本理念の説明）, en: (what it means)}
# 評価の記号と意味（年度評価がある場合）/ the evaluation marks and their meaning (if the plan evaluates yearly)
evaluationScale:
  title: {ja: 評価の凡例, en: Evaluation legend}
  marks:
    - {symbol: ◎, label: {ja: 計画以上に実施, en: achieved beyond plan}, definition: {ja: 計画を上回って実施した, en: Carried out beyond what was planned} }
    - {symbol: 〇, label: {ja: 計画どおり実施, en: carried out as planned}, definition: {ja: 計画どおり実施した, en: Carried out as planned} }
    - {symbol: △, label: {ja: 一部実施, en: partly carried out}, definition: {ja: 一部を実施した, en: Partly carried out} }
# 年度ごとの評価を公表した日（任意）。{評価した年度: 公表日}。書いた年度だけが更新情報（フィード）に載ります
# when each year's evaluation was published (optional): {fiscal year evaluated: date}. Only dated years appear in the update feed
evaluated: { {{y(0)}}: {{y(1)}}-06 }
# 計画の主体：計画書のとおりの名前で（任意）/ who acts in the plan, named as the plan names them (optional)
actors:
  - {id: residents, name: {ja: 市民一人ひとり, en: Each resident} }
  - {id: council, name: {ja: 社会福祉協議会, en: The council} }
# 計画の階層を上から、計画書の呼び名で（柱・基本目標・施策など、4 つまで）
# the levels of the plan's structure from the top, named as the plan names them (pillar, basic goal, measure…; up to 4)
levels:
  - id: goal
    name: {ja: 基本目標, en: Basic goal}
    heading: {ja: 基本目標, en: Basic goals}
  - id: direction
    name: {ja: 施策の方向性, en: Policy direction}
    heading: {ja: 施策の方向性と取り組み, en: Policy directions and actions}
# 各階層の項目を計画書の順に。下の階層は parent: で上の項目を指す
# the sections of every level in the plan's order; a lower one names the section above under parent:
sections:
  - id: goal-1
    level: goal
    number: "1"
    title: {ja: （基本目標1）, en: (basic goal 1)}
    description: {ja: （基本目標の説明）, en: (what the goal means)}
    # 主体ごとにすること（任意）/ what each actor does (optional)
    roles:
      residents:
        - {ja: （市民がすること）, en: (what residents do)}
      council:
        - {ja: （社協がすること）, en: (what the council does)}
    # 事業（任意）/ programmes (optional)
    programmes:
      - name: {ja: （事業名）, en: (programme)}
        runBy: {ja: （所管課）, en: (responsible section)}
        timing: {ja: 未定, en: not yet decided}
    # 注記・コラム（任意）/ notes and columns (optional)
    notes:
      - kind: column
        title: {ja: （コラムの題）, en: (column title)}
        body: {ja: （コラムの本文）, en: (column text)}
  - id: direction-1
    level: direction
    parent: goal-1
    number: "1"
    title: {ja: （施策の方向性1）, en: (policy direction 1)}
# 取り組み / actions
actions:
  - id: action-1
    number: "1"
    section: direction-1
    title: {ja: （取り組み1）, en: (action 1)}
    # 区分: priority 重点 / new 新規 / revised 修正 / ended 終了
    flags: [priority, new]
    # 対象地域（任意）/ areas concerned (optional)
    areas: [{{coverage}}]
    # 年度ごとの評価（任意）/ evaluation by fiscal year (optional)
    evaluations: { {{y(0)}}: 〇 }
    # 評価指標（任意）/ indicators (optional)
    indicators:
      - id: indicator-1
        name: {ja: （評価指標）, en: (indicator)}
        unit: {ja: 件, en: cases}
        measures:
          - label: {ja: 目標値, en: Target}
            baseline: 100
            targets: { {{y(1)}}: 120, {{y(4)}}: 150 }
# 見直しで終了した取り組みの例 / an action ended in a review:
#  - id: action-2
#    number: "2"
#    title: {ja: …, en: …}
#    flags: [ended]
#    change: {summary: {ja: 実践終了, en: Ended}, reason: {ja: …, en: …}, page: 38}
# 推進エリア（任意）/ area tiers (optional)
areaTiers:
  - name: {ja: 第1層 全市, en: "Tier 1: whole city"}
    units: [{layer: whole-city}]
    activities: {ja: （全市での取り組み）, en: (city-wide work)}
# データ表（任意）/ data tables (optional)
tables:
  - id: population
    caption: {ja: 年齢別人口割合, en: Population share by age}
    unit: {ja: "%", en: "%"}
    rowHeader: {ja: 年代, en: Age group}
    columns: [{{y(0)}}]
    rows:
      - {header: {ja: 0歳～14歳, en: 0–14}, cells: [12.0] }
      - {header: {ja: 15歳～64歳, en: 15–64}, cells: [60.0] }
      - {header: {ja: 65歳以上, en: 65 and over}, cells: [28.0] }
# 地区別計画（任意）/ district plans (optional)
districtPlans:
  - id: district-1
    area: {{coverage}}
    title: {ja: （地区別計画）, en: (district plan)}
    summary: {ja: （地区別計画の概要）, en: (what the district plans)}
    tables: [population]
# 用語解説（※）/ glossary (※ notes)
glossary:
  - id: term-1
    term: {ja: （用語）, en: (term)}
    reading: ようご
    definition: {ja: （用語の説明）, en: (what the term means)}
---
## 計画について

ここに計画の本文（日本語）を Markdown で書きます。見出しは `##` から始めます。

英語の本文は同じフォルダの index.en.md に書きます。
""";
    }

    public static string IndexEnMd() => """
## About the plan

Write the English narrative of the plan here, in Markdown, in the same sections as index.md.
Headings start at `##`. This file has no front matter: all data lives in index.md.
""";

    public static string AreaMd(string layer, string organisation, string? parent) => $$"""
---
# yaml-language-server: $schema=../../schema/area.schema.json
# 地域の名前 / the area's name
name: {ja: （地区名）, en: (district name)}
# 区域の種類 / kind of area: whole-city, community-area, junior-high-school-district,
#   elementary-school-district, branch, district, neighbourhood-association
layer: {{layer}}
{{(parent is null ? "# 上位の区域（任意）/ the larger area it lies in (optional)\n# parent: city-area-id" : "# 上位の区域 / the larger area it lies in\nparent: " + parent)}}
# この地域で活動する発行者 / the organisation working in this area
organisation: {{organisation}}
---
この地域の説明を日本語で書きます。英語は同じ名前の .en.md ファイルに書きます。
""";

    public static string AreaEnMd() => "Describe the area in English here.\n";

    public static string OrganisationMd() => """
---
# yaml-language-server: $schema=../../schema/organisation.schema.json
# 正式名称 / official name
name: {ja: 社会福祉法人 （市町村名）社会福祉協議会, en: (Municipality) City Council of Social Welfare}
# 略称（任意）/ short name (optional)
shortName: {ja: （市町村名）社協, en: (Municipality) council}
# 市町村名 / municipality
municipality: {ja: （市町村名）, en: (Municipality)}
# 全国地方公共団体コード（任意、検査数字を含む6けたを "…" で）/ local government code (optional, six digits in quotes)
# localGovernmentCode: "122173"
# 問い合わせ先（任意）/ contact details (optional)
# contact:
#   postalCode: 277-0005
#   address: {ja: （住所）, en: (address)}
#   phone: 04-7163-9000
#   email: info@example.jp
#   web: https://www.example.jp/
---

""";
}
