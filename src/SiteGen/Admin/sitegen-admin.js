// The /admin/ page's start (written by SiteGen, src/SiteGen/Admin/): reads the generated config.yml, registers one
// front-matter format per kind of content file (sitegen-format.js) and SiteGen's widgets (sitegen-widgets.js), then
// starts Decap CMS, which reads config.yml itself.
import * as YAML from './yaml/index.js';
import { createFormat } from './sitegen-format.js';
import { registerWidgets } from './sitegen-widgets.js';

const response = await fetch('config.yml', { cache: 'no-cache' });
const config = YAML.parse(await response.text());
const registered = new Set();
// A folder collection names its format; a one-file collection (the site glossary) names it on its file. The English
// bodies' collections share their Japanese collection's format, registered with its fields.
for (const entry of config.collections.flatMap(c => c.files ?? [c])) {
  if (!entry.format?.startsWith('sitegen-') || registered.has(entry.format)) continue;
  window.CMS.registerCustomFormat(entry.format, 'md', createFormat(YAML, entry.fields));
  registered.add(entry.format);
}
// Decap's Markdown editor opens in rich text unless a mode was chosen before; rich text rewrites the whole body its own
// way, so raw (the file as written) comes first until staff choose otherwise.
if (localStorage.getItem('cms.md-mode') === null) localStorage.setItem('cms.md-mode', 'raw');
registerWidgets(window.CMS, window.h, window.createClass);
window.CMS.init();
