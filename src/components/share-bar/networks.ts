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

const query = (params: Record<string, string>): string =>
  new URLSearchParams(params).toString().replace(/\+/g, '%20');

const tags = (hashtags: readonly string[]): string => hashtags.map((tag) => ` #${tag}`).join('');

/** The message with the link and hashtags, for networks that take one text. */
const post = (c: ShareContent): string => `${c.title} ${c.url}${tags(c.hashtags)}`;

/** The share address for a network that is a plain link, or `undefined` for the others. */
export function shareHref(network: ShareNetwork, c: ShareContent): string | undefined {
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: c.url })}`;
    case 'x':
      return `https://x.com/intent/post?${query({ text: c.title, url: c.url, ...(c.hashtags.length ? { hashtags: c.hashtags.join(',') } : {}) })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url: c.url })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: post(c) })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: `${c.title} ${c.url}` })}`;
    case 'telegram':
      return `https://t.me/share/url?${query({ url: c.url, text: `${c.title}${tags(c.hashtags)}` })}`;
    case 'email':
      return `mailto:?${query({ subject: c.title, body: `${c.text}\n\n${c.url}` })}`;
    default:
      return undefined;
  }
}

/** The share address on a Mastodon server (a host name checked by `mastodonHost`). */
export const mastodonHref = (host: string, c: ShareContent): string =>
  `${new URL('/share', `https://${host}`).href}?${query({ text: post(c) })}`;

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
