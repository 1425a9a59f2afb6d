import { h } from './vendor/preact.mjs';
import htm from './vendor/htm.mjs';

/** JSX-like templates without a build step: htm turns tagged templates into Preact calls. */
export const html = htm.bind(h);
