// The /admin/ page's start (written by SiteGen, src/SiteGen/Admin/): reads the generated config.yml, registers one
// front-matter format per kind of content file (sitegen-format.js), then starts Decap CMS, which reads config.yml itself.
import * as YAML from './yaml/index.js';
import { createFormat } from './sitegen-format.js';

const response = await fetch('config.yml', { cache: 'no-cache' });
const config = YAML.parse(await response.text());
const registered = new Set();
for (const collection of config.collections) {
  if (!collection.format?.startsWith('sitegen-') || registered.has(collection.format)) continue;
  window.CMS.registerCustomFormat(collection.format, 'md', createFormat(YAML, collection.fields));
  registered.add(collection.format);
}
window.CMS.init();
