/**
 * The share bar's icons: simple marks drawn on a 24×24 grid, inline so that nothing is fetched.
 * Brand marks are filled; the generic ones (share, email, copy) are strokes.
 */
import { html, type TemplateResult } from 'lit';
import { BRAND_NAMES, type ShareNetwork } from './networks.js';

/** Each network's mark; those of the networks in `BRAND_NAMES` are filled, the others stroked. */
const PATHS: Record<ShareNetwork, string> = {
  facebook:
    'M13.6 22v-8h2.7l.4-3.2h-3.1v-2c0-.9.3-1.6 1.6-1.6H17V4.4a22 22 0 0 0-2.4-.1c-2.4 0-4 1.4-4 4.1v2.4H7.9V14h2.7v8z',
  x: 'M3 3h6l12 18h-6zm2.6 1.3 10.1 15.4h2.7L8.3 4.3zm7.9 5.6L19.2 3h1.6l-6.5 7.8zm-3 4.2L4.8 21H3.2l6.5-7.8z',
  linkedin:
    'M4 9h3.5v11H4zm1.8-5.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM9.5 9H13v1.6c.5-.9 1.7-1.9 3.5-1.9 3.7 0 4 2.4 4 5.3v6H17v-5.2c0-1.3-.1-2.9-1.8-2.9s-2.1 1.4-2.1 2.8V20H9.5z',
  bluesky:
    'M12 10.8C10.6 8 7 3.7 4.2 3.2 2.7 2.9 2 3.6 2 5c0 1 .4 4.8.7 5.6.8 2.2 3.1 2.8 5.3 2.4-3.8.8-4.5 3-2.4 5.1 3.7 3.7 5.4-.9 6-2.6l.4-1.1.4 1.1c.6 1.7 2.3 6.3 6 2.6 2.1-2.1 1.4-4.3-2.4-5.1 2.2.4 4.5-.2 5.3-2.4.3-.8.7-4.6.7-5.6 0-1.4-.7-2.1-2.2-1.8-2.8.5-6.4 4.8-7.8 7.6z',
  mastodon:
    'M12 2.5c-3 0-5.4.3-6.5.8C3.8 4 3 5.6 3 8v4.5c0 4.3 1.5 7.5 6.3 8.2 2.3.3 4.6.1 6.2-.5v-1.8c-1.5.4-3.1.6-4.6.5-1.6-.1-2.7-.6-2.8-2.2 1.6.4 3.4.5 5.1.4 3.9-.2 7.8-1.4 7.8-5.1V8c0-2.4-.8-4-2.5-4.7-1.1-.5-3.5-.8-6.5-.8zM7.5 13V9c0-1.3.8-2.1 2-2.1s2 .8 2 2.1v2h1V9c0-1.3.8-2.1 2-2.1s2 .8 2 2.1v4h-1.7V9.2c0-.6-.3-.9-.8-.9s-.8.3-.8.9v2.4h-2.4V9.2c0-.6-.3-.9-.8-.9s-.8.3-.8.9V13z',
  whatsapp:
    'M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2m0 1.8A8.2 8.2 0 1 1 7.7 19l-.3-.2-3 .8.8-2.9-.2-.3a8.2 8.2 0 0 1 7-12.6M8.9 7.3q-.3-.1-.8.4c-.3.3-1 1-1 2.5s1.1 2.9 1.2 3.1c.2.2 2.1 3.3 5.2 4.5 2.6 1 3.1.8 3.7.8.6-.1 1.8-.7 2-1.5q.3-1.1.2-1.5-.1-.1-.6-.3l-1.8-.9q-.4-.2-.6.1l-.9 1q-.2.3-.6.1a7.4 7.4 0 0 1-3.6-3.2q-.2-.4.1-.6l.4-.5.3-.5q0-.3 0-.5l-.8-2q-.3-.6-.6-.5z',
  telegram:
    'M21.5 3.5 2.7 10.8c-1 .4-1 1.2-.2 1.5l4.8 1.5 1.8 5.6q.2.9.9.8.5 0 .9-.5l2.3-2.2 4.7 3.5q1.4.7 1.7-.8l3.1-14.6c.3-1.3-.5-1.8-1.2-1.3zM9.2 13.6l8.4-5.3q.7-.3.4.2l-6.9 6.3-.3 3z',
  native: 'M8.6 10.5l6.8-4m-6.8 7 6.8 4M21 5a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM9 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0zm12 7a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  email: 'M3.5 5.5h17v13h-17zm0 1L12 13l8.5-6.5',
  copy: 'M9 9h11v11H9zm-3.5 6H4V4h11v1.5',
};

/** The icon of a network, hidden from assistive technology (the action carries the name). */
export function icon(network: ShareNetwork): TemplateResult {
  const filled = network in BRAND_NAMES;
  return html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
      fill=${filled ? 'currentColor' : 'none'}
      stroke=${filled ? 'none' : 'currentColor'}
      fill-rule="evenodd"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      d=${PATHS[network]}
    ></path></svg>`;
}
