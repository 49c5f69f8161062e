// Two widgets of the /admin/ editor that Decap CMS does not have (written by SiteGen, src/SiteGen/Admin/; docs/admin.md).
//
// sitegen-id: the id of an entry, which is its file or folder name (content/plans/<id>/index.md, content/areas/<id>.md),
// not a field of the file. A new entry types it (checked against the id pattern and the ids already used); an existing
// one shows it, since renaming a file breaks every reference to it. The front-matter format never writes it.
//
// sitegen-mark: an evaluation mark chosen from the plan's own scale (evaluationScale.marks), read from the entry being
// edited, so each plan offers its own ◎〇△ or 5…1 and a look-alike (◯ U+25EF for 〇 U+3007) cannot be typed.

/** The id of an existing entry: its slug without the file part of the collection's path (`kashiwa-4th/index` → `kashiwa-4th`). */
export function idOfSlug(slug, path) {
  const suffix = (path ?? '{{slug}}').replace('{{slug}}', '');
  return suffix !== '' && slug.endsWith(suffix) ? slug.slice(0, slug.length - suffix.length) : slug;
}

/** The slug a new entry with this id gets (the collection's path with the id in it). */
export function slugOfId(id, path) {
  return (path ?? '{{slug}}').replace('{{slug}}', id);
}

/** The marks of a scale as the editor holds it (`label` a `{ja, en}` text), as options: symbol and Japanese meaning. */
export function markOptions(marks) {
  return (marks ?? [])
    .filter(m => m && typeof m.symbol === 'string' && m.symbol !== '')
    .map(m => ({ value: m.symbol, label: `${m.symbol}　${typeof m.label === 'object' && m.label ? m.label.ja ?? '' : m.label ?? ''}`.trim() }));
}

/** Whether a mark may be saved: empty (the row's own `required` says), or one of the scale's symbols. */
export function markProblem(value, marks) {
  if (value === undefined || value === null || value === '') return null;
  const symbols = markOptions(marks).map(o => o.value);
  if (symbols.length === 0) return `評価の凡例（evaluationScale）がありません。先に凡例を書いてください / The plan has no evaluationScale: add it first`;
  if (symbols.includes(value)) return null;
  return `「${value}」はこの計画の凡例にありません（${symbols.join(' ')}） / ${value} is not a mark of this plan's scale`;
}

const error = message => ({ error: { type: 'CUSTOM', message } });

export function registerWidgets(CMS, h, createClass) {
  const IdControl = createClass({
    getInitialState() {
      return { taken: null };
    },
    isNew() {
      return this.props.entry?.get('newRecord') === true;
    },
    existing() {
      return idOfSlug(this.props.entry?.get('slug') ?? '', this.props.collection?.get('path'));
    },
    // Decap's check of a required field reads this: an existing entry has its id though the field holds nothing.
    getValidateValue() {
      return this.isNew() ? this.props.value : this.existing();
    },
    isValid() {
      if (this.isNew() && this.props.value && this.state.taken === this.props.value)
        return error(`id「${this.props.value}」はもう使われています。別の id にしてください / The id ${this.props.value} is taken: choose another`);
      return true;
    },
    // Whether an entry with that id exists is asked as staff type, so the check is done when they press 公開.
    lookUp(id) {
      const collection = this.props.collection;
      if (!id || !collection) return;
      this.props.loadEntry(collection.get('name'), slugOfId(id, collection.get('path'))).then(
        entry => {
          // The local backend answers a missing file with an entry of no text; GitHub's with an error.
          const raw = entry?.raw ?? entry?.get?.('raw');
          if (typeof raw === 'string' && raw !== '' && this.props.value === id) this.setState({ taken: id });
        },
        () => {});
    },
    componentDidMount() {
      if (this.isNew()) this.lookUp(this.props.value);
    },
    // Decap's wrapper calls this with the props alone; React with the state too.
    shouldComponentUpdate(next, nextState) {
      return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper ||
        (nextState !== undefined && nextState.taken !== this.state.taken);
    },
    render() {
      const { forID, classNameWrapper, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
      if (!this.isNew())
        return h('output', { id: forID, className: classNameWrapper, style: { backgroundColor: '#eff0f4' }, 'data-sitegen-id': this.existing() }, this.existing());
      return h('div', null,
        h('input', {
          type: 'text', id: forID, className: classNameWrapper, value: value ?? '', autoComplete: 'off', spellCheck: false,
          'aria-invalid': this.state.taken !== null && this.state.taken === value ? 'true' : undefined,
          onChange: e => {
            onChange(e.target.value);
            this.lookUp(e.target.value);
          },
          onFocus: setActiveStyle, onBlur: setInactiveStyle,
        }),
        this.state.taken !== null && this.state.taken === value
          ? h('p', { role: 'alert' }, `id「${value}」はもう使われています / The id ${value} is taken`)
          : null);
    },
  });

  const MarkControl = createClass({
    marks() {
      const marks = this.props.entry?.getIn(['data', 'evaluationScale', 'marks']);
      return marks && typeof marks.toJS === 'function' ? marks.toJS() : [];
    },
    isValid() {
      const problem = markProblem(this.props.value, this.marks());
      return problem === null ? true : error(problem);
    },
    render() {
      const { forID, classNameWrapper, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const options = markOptions(this.marks());
      // A mark the scale does not have (written by hand, or the scale changed) is shown as it is, and refused on save.
      if (value && !options.some(o => o.value === value)) options.push({ value, label: `${value}　（凡例にない記号 / not in the scale）` });
      return h('select', {
        id: forID, className: classNameWrapper, value: value ?? '',
        onChange: e => onChange(e.target.value), onFocus: setActiveStyle, onBlur: setInactiveStyle,
      },
      h('option', { value: '' }, '—'),
      ...options.map(o => h('option', { key: o.value, value: o.value }, o.label)));
    },
  });

  CMS.registerWidget('sitegen-id', IdControl);
  CMS.registerWidget('sitegen-mark', MarkControl);
}
