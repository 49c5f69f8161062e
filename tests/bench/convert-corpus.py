#!/usr/bin/env python3
"""convert-corpus.py CORPUS_DIR SITE_DIR -- turn a gen-corpus.py corpus into a SiteGen site.

Usage:  python3 tests/bench/convert-corpus.py /tmp/bench/corpus /tmp/bench/site

Input (written by shared/bench/gen-corpus.py N CORPUS_DIR):

    CORPUS_DIR/plans/<slug>/index.ja.md   front matter + Japanese Markdown body
    CORPUS_DIR/plans/<slug>/index.en.md   front matter + English Markdown body

Output (a site folder that `sitegen check|build --config SITE_DIR/site.config.json` reads):

    SITE_DIR/site.config.json
    SITE_DIR/content/organisations/<city>-shakyo.md      one per distinct `organization`
    SITE_DIR/content/areas/<city>.md (+ .en.md)            the whole city, each plan's `coverage`
    SITE_DIR/content/areas/<city>-<area>.md (+ .en.md)     each distinct service area of that council
    SITE_DIR/content/plans/<slug>/index.md                 data as {ja, en} pairs + Japanese narrative
    SITE_DIR/content/plans/<slug>/index.en.md              English narrative only (no front matter)
    SITE_DIR/content/glossary.md                           the site glossary: the terms the corpus defines

Mapping (corpus field -> SiteGen field):

    title, summary                 -> title, summary            {ja, en} from the two files
    organization                   -> publisher (organisation id); the organisation file gets
                                      name {ja, en} and municipality {ja, en}, no local government code
    period {start, end}            -> period
    (none)                         -> published: <start>-03 (plans come out in March before FY start)
    (none)                         -> evaluated: {Y: <Y+1>-06} for each fiscal year Y with marks (other
                                      than "－") that lies in the period and ended after `published`:
                                      the evaluation of a fiscal year (April-March) is published the
                                      June after it, so each such year gets a feed entry and `check`
                                      does not warn that the year's evaluation has no date
    (none)                         -> coverage: <city> (a whole-city area per organisation)
    (none)                         -> levels: one level, goal / 基本目標
    goals[].id G1, title, summary  -> sections[]: id g1, number "1", title, description
    goals[].actions[] id 1-1       -> actions[]: id action-1-1, number "1-1", section g1, title
        tags [priority|new|...]    -> flags (same words)
        status {year: mark}        -> evaluations {year: mark}; "－" (not yet evaluated) -> no entry
    (marks used by status)         -> evaluationScale: ◎ 計画以上に実施, 〇 計画どおり実施, △ 一部実施
    areas[] id/name/kind           -> content/areas/<city>-<english-name-slug>.md, layer = kind,
                                      parent = the whole-city area. Corpus area ids ("area-1") repeat
                                      across plans with different names, so the id comes from the
                                      council and the area's English name, not from the corpus id.
                                      Action k (0-based, in plan order) is placed in area k mod len(areas),
                                      so every area of a plan is referenced and has an area page.
    indicator                      -> actions[0].indicators[0]: name, unit, one measure "目標値 / Target"
                                      with baseline and the yearly targets
    body of index.ja.md            -> narrative below the front matter of index.md, byte for byte but
                                      for table captions (below)
    body of index.en.md            -> index.en.md, the same way

Table captions: SiteGen warns about a Markdown table without a caption (screen readers announce it
only as "table"), and a caption is a line starting with 表： / Table: right above the table. Each
corpus body has a table right below a heading that names it ("## 中央地区の人口割合"), so the
converter writes that heading as the caption ("表：中央地区の人口割合", "Table: Population share in
Chuo District"), as a council would; nothing else in a body changes. The peers render the same
table without a caption line.

Glossary: each body writes 社会資源※ (the term, then ※) and defines it in a ※ note, as plans do.
SiteGen links a ※ to the glossary entry of the term just before it and warns about a ※ that matches
no term, so the converter writes the site glossary (content/glossary.md, docs/authoring.md) with
the terms of gen-corpus.py's notes, and a build prints no warning. The English bodies mark the term
with "*", which SiteGen leaves as it is.

Narrative links: SiteGen fails a build on an internal link to a page that does not exist. The
converter keeps every body unchanged and prints how many links it found and how many of them are
internal (relative or root-relative); gen-corpus.py only writes external https:// links.

Needs only Python 3.8+ (the corpus front matter is parsed by the small reader below, which handles
exactly what gen-corpus.py writes: block mappings and lists, JSON-quoted strings, integers, bare
words, and one-line {k: v} / [a, b] collections).
"""
import json
import os
import re
import shutil
import sys

# --------------------------------------------------------------------------- corpus reader


def split_front_matter(text, path):
    if not text.startswith("---\n"):
        raise SystemExit(f"{path}: no front matter")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise SystemExit(f"{path}: front matter never closed")
    return text[4:end + 1], text[end + 5:]


def split_flow(inner):
    """Split 'a: 1, b: "x, y"' at top-level commas (outside JSON strings)."""
    parts, cur, in_str, esc = [], [], False, False
    for ch in inner:
        if in_str:
            cur.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
            cur.append(ch)
        elif ch == ",":
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def scalar(s):
    s = s.strip()
    if s.startswith('"'):
        return json.loads(s)
    if s.startswith("{") and s.endswith("}"):
        out = {}
        for part in split_flow(s[1:-1]):
            k, v = part.split(":", 1)
            out[scalar(k)] = scalar(v)
        return out
    if s.startswith("[") and s.endswith("]"):
        return [scalar(p) for p in split_flow(s[1:-1])]
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    return s


def parse_yaml(text):
    lines = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith("#")]

    def indent(ln):
        return len(ln) - len(ln.lstrip(" "))

    def node(pos, ind):
        if lines[pos].lstrip().startswith("- "):
            return seq(pos, ind)
        return mapping(pos, ind)

    def seq(pos, ind):
        out = []
        while pos < len(lines) and indent(lines[pos]) == ind and lines[pos].lstrip().startswith("- "):
            lines[pos] = " " * (ind + 2) + lines[pos].lstrip()[2:]
            item, pos = mapping(pos, ind + 2)
            out.append(item)
        return out, pos

    def mapping(pos, ind):
        out = {}
        while pos < len(lines) and indent(lines[pos]) == ind and not lines[pos].lstrip().startswith("- "):
            key, _, rest = lines[pos].strip().partition(":")
            pos += 1
            if rest.strip():
                out[key] = scalar(rest)
            elif pos < len(lines) and indent(lines[pos]) > ind:
                out[key], pos = node(pos, indent(lines[pos]))
            elif pos < len(lines) and indent(lines[pos]) == ind and lines[pos].lstrip().startswith("- "):
                out[key], pos = seq(pos, ind)
            else:
                out[key] = None
        return out, pos

    value, pos = node(0, indent(lines[0]))
    if pos != len(lines):
        raise SystemExit(f"unexpected line in front matter: {lines[pos]!r}")
    return value


def read_plan(folder, lang):
    path = os.path.join(folder, f"index.{lang}.md")
    with open(path, encoding="utf-8") as f:
        fm, body = split_front_matter(f.read(), path)
    return parse_yaml(fm), body


# --------------------------------------------------------------------------- writers


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def text(ja, en):
    return "{ja: %s, en: %s}" % (q(ja), q(en))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


SCALE = [("◎", "計画以上に実施", "achieved beyond plan"),
         ("〇", "計画どおり実施", "carried out as planned"),
         ("△", "一部実施", "partly carried out")]
NOT_EVALUATED = "－"
LINK = re.compile(r"\]\(([^)\s]+)")


# The terms gen-corpus.py's ※ notes define (its NOTES), with their readings (required in the site glossary).
GLOSSARY = [
    ("social-resources", "社会資源", "social resources", "しゃかいしげん",
     "社会にある、公的・民間サービスや地域の活動・居場所等、支援に活用できる人・もの・財源・情報等の総称です。",
     "The people, places, services, funds and information in a community that can be used to help someone."),
    ("mutual-support-council", "ささえあい協議会", "mutual-support council", "ささえあいきょうぎかい",
     "概ね中学校区ごとに設置する、住民主体のささえあいのまちづくりを推進するための協議体です。",
     "A resident-led body set up in each junior high school district to promote mutual support."),
]


def glossary():
    """content/glossary.md: front matter only (docs/authoring.md, the site glossary)."""
    out = ["---", "terms:"]
    for term_id, ja, en, reading, def_ja, def_en in GLOSSARY:
        out += [f"  - id: {term_id}",
                f"    term: {text(ja, en)}",
                f"    reading: {reading}",
                f"    definition: {text(def_ja, def_en)}"]
    return "\n".join(out + ["---", ""])


def organisation_of(ja_name, en_name):
    """'社会福祉法人 柏市社会福祉協議会' / 'Kashiwa Council of Social Welfare' -> (id, municipality ja, en)."""
    city_ja = re.sub(r"^社会福祉法人\s*", "", ja_name)
    city_ja = re.sub(r"社会福祉協議会$", "", city_ja) or ja_name
    city_en = re.sub(r"\s*Council of Social Welfare$", "", en_name) or en_name
    city = slugify(city_en) or "org"
    return f"{city}-shakyo", city, city_ja, city_en


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    corpus, site = sys.argv[1], sys.argv[2]
    plans_in = os.path.join(corpus, "plans")
    if not os.path.isdir(plans_in):
        sys.exit(f"{plans_in} does not exist: run gen-corpus.py N {corpus} first")
    content = os.path.join(site, "content")
    for sub in ("organisations", "areas", "plans"):
        shutil.rmtree(os.path.join(content, sub), ignore_errors=True)
    os.makedirs(content, exist_ok=True)
    write(os.path.join(site, "site.config.json"), json.dumps({
        "title": {"ja": "地域福祉計画（ベンチマーク）", "en": "Community Welfare Plans (benchmark)"},
        "baseUrl": "/",
        "content": "content",
        "output": "_site",
    }, ensure_ascii=False, indent=2) + "\n")

    write(os.path.join(content, "glossary.md"), glossary())

    organisations = {}   # id -> (ja name, en name, city ja, city en, city slug)
    areas = {}           # id -> dict
    area_keys = {}       # (org, kind, ja name, en name) -> id
    links = {"total": 0, "internal": []}
    dated = 0            # (plan, fiscal year) pairs given an `evaluated` date
    captions = 0         # tables given a caption from the heading above them
    slugs = sorted(d for d in os.listdir(plans_in) if os.path.isdir(os.path.join(plans_in, d)))

    for slug in slugs:
        folder = os.path.join(plans_in, slug)
        ja, ja_body = read_plan(folder, "ja")
        en, en_body = read_plan(folder, "en")

        org_id, city, city_ja, city_en = organisation_of(ja["organization"], en["organization"])
        organisations.setdefault(org_id, (ja["organization"], en["organization"], city_ja, city_en, city))
        if city not in areas:
            areas[city] = {"name": (f"{city_ja}全域", f"{city_en} (whole city)"), "layer": "whole-city",
                           "parent": None, "org": org_id,
                           "body": (f"{city_ja}全域を対象とする計画と取り組みです。",
                                    f"Plans and actions that cover the whole of {city_en}.")}

        plan_area_ids = []
        for a_ja, a_en in zip(ja["areas"], en["areas"]):
            key = (org_id, a_ja["kind"], a_ja["name"], a_en["name"])
            if key not in area_keys:
                base = f"{city}-{slugify(a_en['name'])}"[:80].rstrip("-")
                area_id, n = base, 2
                while area_id in areas:
                    area_id, n = f"{base[:76]}-{n}", n + 1
                area_keys[key] = area_id
                areas[area_id] = {"name": (a_ja["name"], a_en["name"]), "layer": a_ja["kind"], "parent": city,
                                  "org": org_id,
                                  "body": (f"{city_ja}の{a_ja['name']}です。", f"{a_en['name']}, {city_en}.")}
            plan_area_ids.append(area_keys[key])

        start, end = ja["period"]["start"], ja["period"]["end"]
        published = (start, 3)
        out = ["---",
               f"title: {text(ja['title'], en['title'])}",
               f"publisher: {org_id}",
               f"period: {{start: {start}, end: {end}}}",
               f"published: {published[0]}-{published[1]:02d}",
               f"coverage: {city}",
               f"summary: {text(ja['summary'], en['summary'])}",
               "evaluationScale:",
               "  marks:"]
        for symbol, label_ja, label_en in SCALE:
            out += [f"    - symbol: {q(symbol)}", f"      label: {text(label_ja, label_en)}"]
        # FY Y runs April Y to March Y+1. A year that ended by the plan's own document (`published`) is
        # announced by that document's feed entry; every later marked year needs a date of its own.
        marked = sorted({int(y) for g in ja["goals"] for a in g["actions"]
                         for y, m in a["status"].items() if m != NOT_EVALUATED})
        evaluated = [y for y in marked if start <= y <= end and (y + 1, 3) > published]
        dated += len(evaluated)
        if evaluated:
            out.append("evaluated: {%s}" % ", ".join(f"{y}: {y + 1}-06" for y in evaluated))
        out.append("levels: [{id: goal, name: {ja: 基本目標, en: Basic goal}, heading: {ja: 基本目標, en: Basic goals}}]")
        out.append("sections:")
        for g_ja, g_en in zip(ja["goals"], en["goals"]):
            number = g_ja["id"].lstrip("G")
            out += [f"  - id: {slugify(g_ja['id'])}",
                    f"    number: {q(number)}",
                    f"    title: {text(g_ja['title'], g_en['title'])}",
                    f"    description: {text(g_ja['summary'], g_en['summary'])}"]
        out.append("actions:")
        k = 0
        for g_ja, g_en in zip(ja["goals"], en["goals"]):
            for a_ja, a_en in zip(g_ja["actions"], g_en["actions"]):
                out += [f"  - id: action-{a_ja['id']}",
                        f"    number: {q(a_ja['id'])}",
                        f"    section: {slugify(g_ja['id'])}",
                        f"    title: {text(a_ja['title'], a_en['title'])}"]
                if a_ja["tags"]:
                    out.append(f"    flags: [{', '.join(a_ja['tags'])}]")
                if plan_area_ids:
                    out.append(f"    areas: [{plan_area_ids[k % len(plan_area_ids)]}]")
                marks = {y: m for y, m in a_ja["status"].items() if m != NOT_EVALUATED}
                unknown = set(marks.values()) - {s for s, _, _ in SCALE}
                if unknown:
                    raise SystemExit(f"{slug}: unknown evaluation marks {sorted(unknown)}")
                if marks:
                    out.append("    evaluations: {%s}" % ", ".join(f"{y}: {q(m)}" for y, m in marks.items()))
                if k == 0 and ja.get("indicator"):
                    i_ja, i_en = ja["indicator"], en["indicator"]
                    targets = ", ".join(f"{y}: {v}" for y, v in i_ja["targets"].items())
                    out += ["    indicators:",
                            f"      - id: {slugify(i_en['name']) or 'indicator'}",
                            f"        name: {text(i_ja['name'], i_en['name'])}",
                            f"        unit: {text(i_ja['unit'], i_en['unit'])}",
                            "        measures:",
                            f"          - label: {text('目標値', 'Target')}",
                            f"            baseline: {i_ja['baseline']}",
                            f"            targets: {{{targets}}}"]
                k += 1
        out += ["---", ""]
        write(os.path.join(content, "plans", slug, "index.md"), "\n".join(out) + captioned(ja_body, "表："))
        write(os.path.join(content, "plans", slug, "index.en.md"), captioned(en_body, "Table: "))
        captions += len(HEADED_TABLE.findall(ja_body)) + len(HEADED_TABLE.findall(en_body))

        for lang, body in (("ja", ja_body), ("en", en_body)):
            for url in LINK.findall(body):
                links["total"] += 1
                if not re.match(r"^(https?:|mailto:|tel:)", url):
                    links["internal"].append(f"{slug}/index.{lang}.md: {url}")

    for org_id, (name_ja, name_en, city_ja, city_en, _) in sorted(organisations.items()):
        write(os.path.join(content, "organisations", f"{org_id}.md"),
              "---\n"
              f"name: {text(name_ja, name_en)}\n"
              f"municipality: {text(city_ja, city_en)}\n"
              "---\n")
    for area_id, a in sorted(areas.items()):
        fm = ["---", f"name: {text(*a['name'])}", f"layer: {a['layer']}"]
        if a["parent"]:
            fm.append(f"parent: {a['parent']}")
        fm += [f"organisation: {a['org']}", "---", a["body"][0], ""]
        write(os.path.join(content, "areas", f"{area_id}.md"), "\n".join(fm))
        write(os.path.join(content, "areas", f"{area_id}.en.md"), a["body"][1] + "\n")

    print(f"converted {len(slugs)} plans: {len(organisations)} organisations, {len(areas)} areas "
          f"({len(organisations)} whole-city), {dated} yearly evaluation dates, {len(GLOSSARY)} glossary terms; narrative links: {links['total']}, "
          f"internal: {len(links['internal'])} (bodies kept unchanged but for {captions} table captions)")
    for item in links["internal"]:
        print(f"  internal link kept as is (the build checks it): {item}")


# A heading, a blank line, then a table's header row: the heading names the table.
HEADED_TABLE = re.compile(r"^(#{2,6}) +(.+?) *\n\n(?=\|.*\n\|[-:| ]+\n)", re.M)


def captioned(body, prefix):
    """The body with each table that follows a heading captioned by that heading (see the docstring)."""
    return HEADED_TABLE.sub(lambda m: f"{m.group(0)}{prefix}{m.group(2)}\n", body)


if __name__ == "__main__":
    main()
