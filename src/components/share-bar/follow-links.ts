/**
 * The share bar's follow row: plain links to the organization's own pages (`organization.profiles`),
 * beside the share actions. Like them, nothing is loaded from those sites before a click, and the
 * links send no `Referer`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ProfilesSchema, type ProfileName } from '../../config/schema.js';
import { BRAND_NAMES } from './networks.js';
import type { ShareHost } from './share-host.js';

/** A profile's name on its link: brand names, never translated; the newsletter's comes from the strings. */
export const PROFILE_BRANDS: Partial<Record<ProfileName, string>> = { ...BRAND_NAMES, instagram: 'Instagram', youtube: 'YouTube', tiktok: 'TikTok', rss: 'RSS' };

/** One follow link: the profile's name and its address. */
export type FollowLink = readonly [name: ProfileName, href: string];

const isProfile = (name: string): name is ProfileName => Object.hasOwn(ProfilesSchema.entries, name);

/**
 * The links of a validated `organization.profiles`, in the config's order (a Mastodon account
 * `@name@server` becomes `https://server/@name`), and the names the bar does not know.
 */
export function followLinks(profiles: Record<string, string> = {}): { links: FollowLink[]; unknown: string[] } {
  const links: FollowLink[] = [];
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(profiles)) {
    if (!isProfile(name)) unknown.push(name);
    else if (name === 'mastodon') {
      const [, user, server] = value.split('@');
      links.push([name, `https://${server}/@${user}`]);
    } else links.push([name, value]);
  }
  return { links, unknown };
}

/** The row: "Follow {organization}" and a link per profile, each opening a new tab. */
export function renderFollow({ t }: Pick<ShareHost, 't'>, links: readonly FollowLink[], organization: string): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  const newTab = t('opens-in-new-tab');
  return html`<li part="follow" class="follow">
    <span id="follow">${t('share.follow', { organization })}</span>
    <ul aria-labelledby="follow">
      ${links.map(([name, href]) => {
        const label = PROFILE_BRANDS[name] ?? t('share.newsletter');
        return html`<li>
          <a part="follow-link" class="follow-link" href=${href} target="_blank" rel="noopener noreferrer" aria-label="${label} ${newTab}"
            >${label}</a
          >
        </li>`;
      })}
    </ul>
  </li>`;
}
