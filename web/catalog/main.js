import { render } from './vendor/preact.mjs';
import { html } from './html.js';
import { App } from './views/app.js';

const root = document.getElementById('app');
root.textContent = ''; // the shell's "loading" line, replaced by the page
render(html`<${App} />`, root);
