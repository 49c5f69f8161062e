#!/usr/bin/env node
// Makes or extends the readings dictionary (content/readings.tsv) from the Japanese texts of the content, with kuromoji.
// Usage: node tools/readings/generate.js [site folder]   (npm run readings)
// Rows already in the file keep their reading: a person's correction survives every run. Rows marked `auto` that no
// text uses any more are dropped; rows marked `checked` always stay. See docs/authoring.md §5.1.
"use strict";
const fs = require("fs");
const path = require("path");
const kuromoji = require("kuromoji");

const FILE = "readings.tsv";
const HEADER = "word\treading\tstatus";
const HAN = /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF々〆]/; // as Kanji.Is in the program
const RUBY = /\{([^{}|\n]+)((?:\|[^{}|\n]+)+)\}/g;

const site = path.resolve(process.argv[2] || ".");
const config = JSON.parse(fs.readFileSync(path.join(site, "site.config.json"), "utf8"));
const content = path.join(site, config.content || "content");
const target = path.join(content, FILE);

/** The Japanese string literals of the program's C# files in <folder>: the accessibility report's criteria and hand checks. */
function programTexts(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((name) => name.endsWith(".cs")).sort().flatMap((name) =>
    [...fs.readFileSync(path.join(folder, name), "utf8").matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1].replace(/\\(.)/g, "$1")).filter((t) => HAN.test(t)));
}

/** Every Japanese text: content files without a language suffix, the site title, the program's Japanese UI strings and report texts. */
function japaneseTexts() {
  const texts = [];
  (function walk(folder) {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.md$/.test(entry.name) && !/\.[a-z]{2}\.md$/.test(entry.name)) texts.push(fs.readFileSync(full, "utf8"));
    }
  })(content);
  if (config.title && config.title.ja) texts.push(config.title.ja);
  const strings = path.join(site, "src", "SiteGen", "I18n", "Strings", "ja.json");
  if (fs.existsSync(strings)) texts.push(...Object.values(JSON.parse(fs.readFileSync(strings, "utf8"))).filter((v) => typeof v === "string"));
  texts.push(...programTexts(path.join(site, "src", "SiteGen", "Accessibility")));
  // Hand-written furigana is read as its base text: the author's reading wins on the page anyway.
  return texts.flatMap((t) => t.replace(RUBY, "$1").split(/\r?\n/)).filter((line) => HAN.test(line));
}

const hiragana = (katakana) => katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const isReading = (text) => /^[\u3041-\u3096ー]+$/.test(text);

/** The rows of an existing file, in order (comments and the header are written again as they are made). */
function readExisting() {
  const rows = new Map();
  if (!fs.existsSync(target)) return rows;
  for (const line of fs.readFileSync(target, "utf8").split(/\r?\n/)) {
    if (line === "" || line.startsWith("#") || line === HEADER) continue;
    const [word, reading, status] = line.split("\t");
    if (word && reading && !rows.has(word)) rows.set(word, { reading, status: status || "auto", used: false });
  }
  return rows;
}

/** The tokens of a line with kanji and a reading, with where each starts and ends. */
function tokensOf(tokenizer, line) {
  let at = 0;
  return tokenizer.tokenize(line).map((t) => {
    const token = { surface: t.surface_form, start: at, end: at + t.surface_form.length, reading: t.reading && t.reading !== "*" ? hiragana(t.reading) : null };
    at = token.end;
    return token;
  });
}

/**
 * The build puts the longest dictionary word found at each place: where that word would end inside one of kuromoji's
 * tokens (a shorter word of another text swallowing the start of the next one), the tokens it spans are added as one
 * word, so that the page is read as kuromoji read it.
 */
function alignCompounds(rows, line, tokens, added) {
  const starts = new Map(tokens.map((t, i) => [t.start, i]));
  const ends = new Set(tokens.map((t) => t.end));
  let at = 0;
  while (at < line.length) {
    let longest = 0;
    for (let length = Math.min(32, line.length - at); length > 0; length--)
      if (rows.has(line.substr(at, length))) { longest = length; break; }
    if (longest === 0) { at++; continue; }
    rows.get(line.substr(at, longest)).used = true;
    const first = starts.get(at);
    if (!ends.has(at + longest) && first !== undefined) {
      let last = first;
      while (last < tokens.length && tokens[last].end < at + longest) last++;
      const span = tokens.slice(first, last + 1);
      if (last < tokens.length && span.every((t) => t.reading)) {
        const word = span.map((t) => t.surface).join("");
        if (!rows.has(word)) {
          rows.set(word, { reading: span.map((t) => t.reading).join(""), status: "auto", used: true });
          added.push(word);
          continue; // read the same place again, now with the longer word
        }
      }
    }
    at += longest;
  }
}

/** True when the build, reading the line longest word first, puts every character of each `word` in it under a reading. */
function covered(rows, line, word) {
  const under = new Array(line.length).fill(false);
  for (let at = 0; at < line.length;) {
    let length = Math.min(32, line.length - at);
    while (length > 0 && !rows.has(line.substr(at, length))) length--;
    if (length === 0) { at++; continue; }
    under.fill(true, at, at + length);
    at += length;
  }
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1))
    for (let i = at; i < at + word.length; i++) if (HAN.test(line[i]) && !under[i]) return false;
  return true;
}

kuromoji.builder({ dicPath: path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict") }).build((error, tokenizer) => {
  if (error) { console.error(`kuromoji could not load its dictionary: ${error.message}; run npm ci`); process.exit(1); }
  const rows = readExisting();
  const kept = rows.size;
  const counts = new Map(); // word -> reading -> how often
  const unread = new Set(); // words with kanji kuromoji has no reading for
  const lines = japaneseTexts().map((line) => ({ line, tokens: tokensOf(tokenizer, line) }));
  for (const { tokens } of lines)
    for (const t of tokens) {
      if (!HAN.test(t.surface)) continue;
      if (!t.reading || !isReading(t.reading)) { unread.add(t.surface); continue; }
      const readings = counts.get(t.surface) || new Map();
      readings.set(t.reading, (readings.get(t.reading) || 0) + 1);
      counts.set(t.surface, readings);
    }
  const added = [];
  for (const [word, readings] of counts) {
    if (rows.has(word)) { rows.get(word).used = true; continue; }
    // The reading kuromoji gave most often; ties by the first in 五十音 order, so that a run gives the same file.
    const reading = [...readings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    rows.set(word, { reading, status: "auto", used: true });
    added.push(word);
  }
  for (const { line, tokens } of lines) alignCompounds(rows, line, tokens, added);
  const dropped = [...rows].filter(([, row]) => row.status === "auto" && !row.used).map(([word]) => word);
  for (const word of dropped) rows.delete(word);

  const sorted = [...rows].sort(([a, x], [b, y]) => (x.reading < y.reading ? -1 : x.reading > y.reading ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const text = [
    "# 読み辞書: ふりがなの読み。npm run readings が本文から作り、足します（docs/authoring.md §5.1）。",
    "# status: auto = 機械の読み（未確認）、checked = 人が確かめた読み。直した行は checked にしてください。",
    "# Readings dictionary (docs/authoring.md §5.1): word, reading in hiragana, auto (made by kuromoji) or checked (by a person).",
    HEADER,
    ...sorted.map(([word, row]) => `${word}\t${row.reading}\t${row.status}`),
  ].join("\n") + "\n";
  fs.writeFileSync(target, text);
  console.log(`${path.relative(process.cwd(), target) || FILE}: ${rows.size} words (${added.length} added, ${dropped.length} unused auto rows dropped, ${kept - dropped.length} kept as they were)`);
  // A word kuromoji does not know is left to a person: the build would otherwise show it without a reading.
  const missing = [...unread].filter((word) => lines.some(({ line }) => line.includes(word) && !covered(rows, line, word)));
  if (missing.length > 0)
    console.log(`no reading for ${missing.join(" ")}: add a line for each word they are part of, for example 協働<TAB>きょうどう<TAB>checked`);
});
