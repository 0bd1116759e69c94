/**
 * The share bar's networks: which exist, their names, and the share address each one opens.
 * Addresses are built with `URLSearchParams`, then spaces are written `%20` rather than `+`, which
 * every target (and `mailto:`, RFC 6068) reads as a space.
 */
import { SHARE_NETWORKS, type ShareNetwork } from '../../config/schema.js';

export type { ShareNetwork };

/** What is shared: the page, a message (the title), a longer text and hashtags without `#`. */
export interface ShareContent {
  url: string;
  title: string;
  text: string;
  hashtags: readonly string[];
}

/** Networks shown when the config lists none. */
export const DEFAULT_NETWORKS: readonly ShareNetwork[] = [
  'native', 'facebook', 'x', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'email', 'copy',
];

/** Brand names (never translated); the other actions take their label from the strings. */
export const BRAND_NAMES: Partial<Record<ShareNetwork, string>> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
};

export const isNetwork = (name: string): name is ShareNetwork => (SHARE_NETWORKS as readonly string[]).includes(name);

/** `base?query`, with spaces in the query written `%20`. */
const link = (base: string, params: Record<string, string>): string =>
  `${base}?${new URLSearchParams(params)}`.replace(/\+/g, '%20');

const tags = (hashtags: readonly string[]): string => hashtags.map((tag) => ` #${tag}`).join('');

/** The message with the link and hashtags, for networks that take one text. */
const post = (c: ShareContent): string => `${c.title} ${c.url}${tags(c.hashtags)}`;

/** The share address of each network that is a plain link. */
const LINKS: Partial<Record<ShareNetwork, (c: ShareContent) => string>> = {
  facebook: (c) => link('https://www.facebook.com/sharer/sharer.php', { u: c.url }),
  x: (c) =>
    link('https://x.com/intent/post', {
      text: c.title,
      url: c.url,
      ...(c.hashtags.length > 0 && { hashtags: c.hashtags.join(',') }),
    }),
  linkedin: (c) => link('https://www.linkedin.com/sharing/share-offsite/', { url: c.url }),
  bluesky: (c) => link('https://bsky.app/intent/compose', { text: post(c) }),
  whatsapp: (c) => link('https://wa.me/', { text: `${c.title} ${c.url}` }),
  telegram: (c) => link('https://t.me/share/url', { url: c.url, text: `${c.title}${tags(c.hashtags)}` }),
  email: (c) => link('mailto:', { subject: c.title, body: `${c.text}\n\n${c.url}` }),
};

/** Share addresses already written: a page of many bars shares one campaign. */
const written = new Map<string, string | undefined>();

/** The share address for a network that is a plain link, or `undefined` for the others. */
export function shareHref(network: ShareNetwork, c: ShareContent): string | undefined {
  const key = `${network}\n${c.url}\n${c.title}\n${c.text}\n${c.hashtags.join()}`;
  if (!written.has(key)) {
    if (written.size > 100) written.clear();
    written.set(key, LINKS[network]?.(c));
  }
  return written.get(key);
}

/** The share address on a Mastodon server, for a host name that `mastodonHost` gave. */
export const mastodonHref = (host: string, c: ShareContent): string => link(`https://${host}/share`, { text: post(c) });

const HOST = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * The host name in what a person typed for their Mastodon server (`mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social`), or `undefined` when it is not one.
 */
export function mastodonHost(input: string): string | undefined {
  const typed = input.trim().replace(/^https?:\/\//i, '').replace(/^@?[^@/\s]+@/, '').split(/[/?#]/)[0];
  if (!typed || /[\s@:]/.test(typed)) return undefined;
  try {
    const host = new URL(`https://${typed}`).hostname;
    return HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
