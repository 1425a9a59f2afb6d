import { html } from '../html.js';
import { ARGUMENT, ERROR_TEXT } from '../terms.js';

/** The hub's error in words: what the code means, the hub's own (Chinese) message, and the field to correct. */
export function ErrorBox({ error }) {
  if (!error) return null;
  const argument = error.details?.argument;
  return html`<div class="error" role="alert">
    <p><strong>${ERROR_TEXT[error.code] ?? '出错了'}</strong> <span class="error-code">${error.code}</span></p>
    ${error.message ? html`<p>${error.message}</p>` : null}
    ${argument ? html`<p>须修改：${ARGUMENT[argument] ?? argument}</p>` : null}
  </div>`;
}
