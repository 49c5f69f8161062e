// The front-matter format of the /admin/ editor (Decap CMS custom format), written by SiteGen (src/SiteGen/Admin/).
//
// Load: the YAML front matter becomes the data the generated widgets edit; values a widget cannot hold as written
// are converted, following the `sitegen:` mark the generator put on the field (a text written as a plain string, a map
// by fiscal year shown as a list of rows, what each actor does, a number-or-text value, a period that may be `unknown`).
//
// Save: the edited data is converted back and compared with the file as it was loaded (converted back the same way),
// and only what differs is changed in the file's own YAML document (the `yaml` package keeps its comments, order, quoting
// and flow style). A file saved without changes is written back byte for byte; an edited one changes exactly where it was
// edited. The file as loaded travels with the entry's data (SOURCE), so the comparison survives Decap's local backup.
// A new entry (no SOURCE) is written whole; one of an English body's collection (KIND `body`, from its hidden field) is
// its Markdown alone.
export const SOURCE = 'sitegenSource';
export const KIND = 'sitegenFile';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** The file as its opening fence, front matter, closing fence and body (together the whole text), or null without front matter. */
export function split(text) {
  if (!text.startsWith('---')) return null;
  const match = FENCE.exec(text);
  if (!match || match.index !== 0) return null;
  const open = text.slice(0, text.indexOf('\n') + 1);
  const yaml = match[1];
  const close = match[0].slice(open.length + yaml.length);
  return { open, yaml, close, body: text.slice(match[0].length) };
}

/** A number written with trailing zeros (`25.0`): its text is its precision, which a JS number would lose. */
export class WrittenNumber {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}
const writtenNumber = text => (/\.[0-9]*0$/.test(text) ? new WrittenNumber(text) : Number(text));

const isObject = v => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof WrittenNumber);
const str = v => (v === null || v === undefined ? '' : String(v));
const empty = v => v === undefined || v === null || v === '' || (isObject(v) && Object.keys(v).length === 0) || (Array.isArray(v) && v.length === 0);
const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

// The site's language codes, Japanese first: the sub-fields the generator gives every text widget.
const LANGUAGES = new Set(['ja', 'en']);
function languagesOf(field) {
  const codes = Array.isArray(field.fields) && field.fields.length > 0 ? field.fields.map(f => f.name) : ['ja', 'en'];
  for (const code of codes) LANGUAGES.add(code);
  return codes;
}
const byLanguage = (codes, text) => Object.fromEntries(codes.map(code => [code, text(code)]));
/** The translations of an edited text that are not empty, after `ja`. */
const translations = (codes, value) => Object.fromEntries(codes.slice(1).filter(code => str(value[code]) !== '').map(code => [code, str(value[code])]));

// ---- file → editor --------------------------------------------------------------------------------------------------

export function toEditor(fields, data) {
  const result = { ...data };
  for (const field of fields) if (field.name in data) result[field.name] = valueToEditor(field, data[field.name]);
  return result;
}

function valueToEditor(field, value) {
  if (value === undefined) return value;
  switch (field.sitegen) {
    case 'text':
    case 'prose':
    case 'value':
    {
      const codes = languagesOf(field);
      if (value === null) return byLanguage(codes, () => '');
      return isObject(value) ? byLanguage(codes, code => str(value[code])) : byLanguage(codes, code => (code === 'ja' ? str(value) : ''));
    }
    case 'byYear':
      return isObject(value)
        ? Object.entries(value).map(([year, v]) => ({ year: Number(year), value: valueToEditor(field.fields[1], v) }))
        : value;
    case 'roles':
      return isObject(value)
        ? Object.entries(value).map(([actor, does]) => ({
            actor,
            does: (Array.isArray(does) ? does : [does]).map(t => valueToEditor(field.fields[1].field, t)),
          }))
        : value;
    case 'orUnknown':
      if (typeof value === 'string') return { unknown: true };
      return isObject(value) ? { unknown: false, ...toEditor(field.fields, value) } : value;
    case 'date':
      return typeof value === 'number' ? String(value) : value;
  }
  if (field.widget === 'object') return isObject(value) ? toEditor(field.fields, value) : value;
  if (field.widget === 'list' && Array.isArray(value)) {
    if (field.fields) return value.map(item => (isObject(item) ? toEditor(field.fields, item) : item));
    if (field.field) return value.map(item => valueToEditor(field.field, item));
  }
  if (field.widget === 'string' && typeof value === 'number') return String(value);
  return value;
}

// ---- editor → file --------------------------------------------------------------------------------------------------

/** The data as the file writes it: the fields in the schema's order, empty ones left out, the keys the schema does not know kept. */
export function fromEditor(fields, data) {
  const result = {};
  const known = new Set(fields.map(f => f.name));
  for (const field of fields) {
    // The entry's id is its file's name, never a field of the file.
    if (field.sitegen === 'fileId') continue;
    const value = valueFromEditor(field, data[field.name]);
    if (!empty(value)) result[field.name] = value;
  }
  for (const [key, value] of Object.entries(data)) if (!known.has(key) && key !== SOURCE && key !== KIND) result[key] = value;
  return result;
}

function valueFromEditor(field, value) {
  if (value === undefined || value === null) return undefined;
  switch (field.sitegen) {
    case 'text':
    case 'prose': {
      if (!isObject(value)) return value === '' ? undefined : value;
      const ja = str(value.ja), rest = translations(languagesOf(field), value);
      if (ja === '' && Object.keys(rest).length === 0) return undefined;
      return { ja, ...rest };
    }
    case 'value': {
      if (!isObject(value)) return value;
      const ja = str(value.ja).trim(), rest = translations(languagesOf(field), value);
      const translated = Object.keys(rest).length > 0;
      if (ja === '' && !translated) return null;
      if (!translated && NUMBER.test(ja)) return writtenNumber(ja);
      return { ja: str(value.ja), ...rest };
    }
    case 'byYear': {
      if (!Array.isArray(value)) return value;
      const map = {};
      for (const row of value) {
        if (!row || row.year === undefined || row.year === null || row.year === '') continue;
        const v = valueFromEditor(field.fields[1], row.value);
        if (v !== undefined) map[String(row.year)] = v;
      }
      return map;
    }
    case 'roles': {
      if (!Array.isArray(value)) return value;
      const map = {};
      for (const row of value) {
        if (!row?.actor) continue;
        const does = (row.does ?? []).map(t => valueFromEditor(field.fields[1].field, t)).filter(t => !empty(t));
        if (does.length > 0) map[row.actor] = does;
      }
      return map;
    }
    case 'orUnknown': {
      if (!isObject(value)) return value;
      if (value.unknown) return 'unknown';
      const { unknown, ...rest } = value;
      return fromEditor(field.fields.filter(f => f.name !== 'unknown'), rest);
    }
    case 'date':
      return typeof value === 'string' && /^[0-9]{4}$/.test(value) ? Number(value) : value === '' ? undefined : value;
  }
  if (field.widget === 'object') return isObject(value) ? fromEditor(field.fields, value) : value;
  if (field.widget === 'list' && Array.isArray(value)) {
    if (field.fields) return value.map(item => (isObject(item) ? fromEditor(field.fields, item) : item));
    if (field.field) {
      // A list of values keeps an empty one as `~` (a table's empty cell); other empty items are dropped.
      const items = value.map(item => valueFromEditor(field.field, item));
      return field.field.sitegen === 'value' ? items.map(i => (i === undefined ? null : i)) : items.filter(i => !empty(i));
    }
  }
  if (value === '') return undefined;
  return value;
}

// ---- writing only what changed --------------------------------------------------------------------------------------

export function same(a, b) {
  if (a === b) return true;
  if (a instanceof WrittenNumber || b instanceof WrittenNumber) return String(a) === String(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every(k => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
  }
  return false;
}

function keyValue(key) {
  return /^[0-9]+$/.test(key) ? Number(key) : key;
}

function pairOf(YAML, map, key) {
  return map.items.find(p => String(YAML.isScalar(p.key) ? p.key.value : p.key) === key);
}

/** A new node in the file's style: a short text `{ja: …, en: …}`, a list of words or numbers and a map by year on one line. */
function node(YAML, doc, value) {
  if (Array.isArray(value)) {
    const seq = new YAML.YAMLSeq();
    for (const item of value) seq.items.push(node(YAML, doc, item));
    seq.flow = value.length > 0 && value.every(v => v === null || typeof v !== 'object') && value.every(v => !String(v ?? '').includes('\n'));
    return seq;
  }
  if (isObject(value)) {
    const map = new YAML.YAMLMap();
    for (const [key, v] of Object.entries(value)) map.items.push(new YAML.Pair(doc.createNode(keyValue(key)), node(YAML, doc, v)));
    const values = Object.values(value);
    const keys = Object.keys(value);
    map.flow = values.length > 0 && values.every(v => v === null || typeof v !== 'object') && values.every(v => !String(v ?? '').includes('\n')) &&
      (keys.every(k => LANGUAGES.has(k)) || keys.every(k => /^[0-9]+$/.test(k)));
    return map;
  }
  if (value instanceof WrittenNumber) return Object.assign(new YAML.Scalar(Number(value.text)), { minFractionDigits: value.text.length - value.text.indexOf('.') - 1 });
  const scalar = doc.createNode(value);
  if (typeof value === 'string' && value.includes('\n')) scalar.type = 'BLOCK_LITERAL';
  return scalar;
}

/** Changes `target` (the node now holding `before`) so that it holds `after`, touching only what differs; returns its replacement, if any. */
function change(YAML, doc, target, before, after) {
  if (same(before, after)) return target;
  if (isObject(after) && isObject(before) && YAML.isMap(target)) {
    for (const key of Object.keys(before)) {
      if (key in after) continue;
      const pair = pairOf(YAML, target, key);
      if (pair) target.items.splice(target.items.indexOf(pair), 1);
    }
    const order = Object.keys(after);
    order.forEach((key, i) => {
      const pair = pairOf(YAML, target, key);
      if (pair && key in before) {
        const replaced = change(YAML, doc, pair.value, before[key], after[key]);
        if (replaced !== pair.value) pair.value = replaced;
        return;
      }
      const made = new YAML.Pair(doc.createNode(keyValue(key)), node(YAML, doc, after[key]));
      if (pair) {
        pair.value = made.value;
        return;
      }
      // After the nearest key before it that the file has: a new field goes where the schema puts it.
      let at = -1;
      for (let j = i - 1; j >= 0 && at < 0; j--) {
        const previous = pairOf(YAML, target, order[j]);
        if (previous) at = target.items.indexOf(previous) + 1;
      }
      if (at < 0) target.items.push(made);
      else target.items.splice(at, 0, made);
    });
    return target;
  }
  if (Array.isArray(after) && Array.isArray(before) && YAML.isSeq(target) && target.items.length === before.length) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) target.items[i] = change(YAML, doc, target.items[i], before[i], after[i]);
    target.items.splice(after.length);
    for (let i = common; i < after.length; i++) target.items.push(node(YAML, doc, after[i]));
    return target;
  }
  if (YAML.isScalar(target)) {
    // A text written as a plain string stays one while it has no English.
    if (isObject(after) && Object.keys(after).length === 1 && typeof after.ja === 'string' && !after.ja.includes('\n')) {
      target.value = after.ja;
      return target;
    }
    if (after === null || typeof after !== 'object') {
      target.value = after;
      if (typeof after === 'string' && after.includes('\n')) target.type = 'BLOCK_LITERAL';
      else if (target.type === 'BLOCK_LITERAL' || target.type === 'BLOCK_FOLDED') target.type = undefined;
      return target;
    }
  }
  const made = node(YAML, doc, after);
  if (YAML.isCollection(target) && YAML.isCollection(made) && !isObject(after?.ja)) made.flow = made.flow && target.flow !== false ? made.flow : target.flow ?? made.flow;
  return made;
}

const OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };

/** The Decap formatter of one kind of content file, whose front matter has `fields` (the collection's, from config.yml). */
/** The document's data, a number written with trailing zeros kept as it is written. */
function dataOf(YAML, doc) {
  YAML.visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'number' && node.minFractionDigits && typeof node.source === 'string') node.value = new WrittenNumber(node.source);
    },
  });
  return doc.toJS() ?? {};
}

export function createFormat(YAML, fields) {
  const frontFields = fields.filter(f => f.name !== 'body');
  return {
    fromFile(text) {
      const parts = split(text);
      if (!parts) return { body: text, [KIND]: 'body', [SOURCE]: text };
      const doc = YAML.parseDocument(parts.yaml);
      if (doc.errors.length > 0) throw new Error(`YAML: ${doc.errors.map(e => e.message).join('\n')}`);
      const data = toEditor(frontFields, dataOf(YAML, doc));
      data.body = parts.body;
      data[KIND] = 'front-matter';
      data[SOURCE] = text;
      return data;
    },
    toFile(data) {
      const source = typeof data[SOURCE] === 'string' ? data[SOURCE] : null;
      const parts = source === null ? null : split(source);
      const body = typeof data.body === 'string' ? data.body : '';
      if (data[KIND] === 'body') return source !== null && body === source ? source : body;
      const after = fromEditor(frontFields, withoutBody(data));
      if (parts) {
        const doc = YAML.parseDocument(parts.yaml);
        const before = fromEditor(frontFields, toEditor(frontFields, dataOf(YAML, YAML.parseDocument(parts.yaml))));
        const front = same(before, after) ? parts.yaml : (() => {
          doc.contents = change(YAML, doc, doc.contents, before, after);
          return doc.toString(OPTIONS);
        })();
        const newBody = body === parts.body ? parts.body : body;
        if (front === parts.yaml && newBody === parts.body) return source;
        return parts.open + front + parts.close + newBody;
      }
      const doc = new YAML.Document();
      doc.contents = node(YAML, doc, after);
      return `---\n${doc.toString(OPTIONS)}---\n${body}`;
    },
  };
}

function withoutBody(data) {
  const { body, ...rest } = data;
  return rest;
}
