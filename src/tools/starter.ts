// The starter config `csr-widgets init` writes. JSON has no comments: the explanations are
// "$comment" keys, which the widgets ignore like any unknown key. They sit only where an object
// has fixed keys (never directly inside partners, awards or strings, whose keys are ids).

import type { CsrConfigInput } from '../config/schema.js';

/** A config with a `$comment` beside the keys it explains. */
type Commented<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: Commented<T[K]> } & { $comment?: string } : T;

export const starterConfig = (): Commented<CsrConfigInput> & { $schema: string } => ({
  $schema: './csr-config.schema.json',
  $comment:
    'csr-widgets config, version 1. Replace every example value (ngo.example, example.org, the numbers). Check it with `npx csr-widgets validate csr.json`, then host it with Access-Control-Allow-Origin: * and Cache-Control: max-age=300.',
  version: 1,
  organization: {
    $comment:
      'Required: your name (a text, or {"sv": …, "en": …}) and your site. logo and brand colours are optional; colours apply only when they meet WCAG AA contrast. profiles (optional) are your own pages, offered in the share bar as a "Follow" row of plain links (nothing loads from them before a click): facebook, instagram, linkedin, youtube, tiktok, x, bluesky, mastodon ("@name@server"), newsletter, rss; leave out the ones you do not have.',
    name: { sv: 'Exempelorganisationen', en: 'The Example Organisation' },
    url: 'https://ngo.example/',
    logo: 'https://ngo.example/logo.svg',
    brand: { primary: '#0a4a7a', onPrimary: '#ffffff' },
    profiles: {
      facebook: 'https://example.org/your-facebook-page',
      mastodon: '@example@mastodon.example',
      newsletter: 'https://ngo.example/newsletter',
    },
  },
  partners: {
    'example-partner': {
      $comment:
        'One entry per partner; the key (letters, digits, - and _) is what partners put in data-partner. status: active | suspended | ended. Suspend to revoke the badge at once; validUntil ends it on a date; domains limits where it shows.',
      name: 'Example Partner AB',
      url: 'https://example.org/',
      status: 'active',
      since: 2024,
      validUntil: '2027-12-31',
      domains: ['example.org'],
      verifyUrl: 'https://ngo.example/partners/example-partner',
      awards: ['example-award'],
    },
  },
  awards: {
    'example-award': {
      $comment: 'One entry per award; partners list the ids of theirs. citation is shown on demand.',
      title: { sv: 'Årets exempelpris', en: 'Example Award of the Year' },
      issuer: { name: 'Example Awards', url: 'https://example.org/awards' },
      year: 2025,
      citation: { sv: 'Juryns motivering.', en: 'The jury’s citation.' },
      url: 'https://ngo.example/awards/example-award',
    },
  },
  share: {
    $comment:
      'The page the share bar shares, its heading and text, and the networks in order: native, facebook, x, linkedin, bluesky, mastodon, whatsapp, telegram, email, copy. counter (optional) is an endpoint on your own site that counts shares and answers the total, shown beside the heading (the README describes it; leave it out if you have none).',
    url: 'https://ngo.example/campaign',
    title: { sv: 'Sprid mer kunskap', en: 'Spread the word' },
    text: { sv: 'Dela sidan så att fler får veta.', en: 'Share this page so that more people learn about it.' },
    hashtags: ['Example'],
    networks: ['native', 'facebook', 'linkedin', 'email', 'copy'],
    counter: 'https://ngo.example/api/share-count',
  },
  report: {
    $comment: 'Where the report button sends people: your hotline page, phone and SMS numbers, and (optional) an intake endpoint that receives reports as JSON (see the README). Optional too: name (your hotline\'s name, which the dialog shows), country (its country code, such as "SE"), hotlines (other countries\' hotlines by code, each with name and hotlineUrl and the same optional fields, which a person can choose in the dialog), partnerCountry (a partner\'s country, {"partner-id": "NO"}) and exitUrl (the neutral https page that quick exit opens; without it, wikipedia.org).',
    hotlineUrl: 'https://ngo.example/hotline',
    phone: '+46 70 000 00 00',
    sms: '+46 70 000 00 01',
    endpoint: 'https://ngo.example/api/reports',
  },
});

/** A config as `init` and the studio write it: stable, diff-friendly JSON (2-space indent, keys in their order, a final newline). */
export const formatConfig = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
