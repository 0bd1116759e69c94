/** The partner list's own strings: they travel with its file, not with every page's script. */
import { addStrings } from '../../config/l10n.js';

const en = {
  'list.title': 'Partners of {organization}',
  'list.status.active': 'Active',
  'list.status.suspended': 'Suspended',
  'list.status.ended': 'Ended',
  'list.status.expired': 'Expired',
  'list.since': 'Partner since {year}',
  'list.valid-until': 'Valid until {date}',
  'list.awards': 'Awards',
  'list.award': '{title} {year}',
  'list.empty': 'No partners are listed.',
  'list.label': 'The partners of {organization}, verified by {site}',
};

declare module '../../config/l10n.js' {
  // The keys are those of `en` above: written once.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AddedStrings extends Record<keyof typeof en, string> {}
}

addStrings({
  en,
  sv: {
    'list.title': 'Partner till {organization}',
    'list.status.active': 'Aktivt',
    'list.status.suspended': 'Tillfälligt avbrutet',
    'list.status.ended': 'Avslutat',
    'list.status.expired': 'Har gått ut',
    'list.since': 'Partner sedan {year}',
    'list.valid-until': 'Gäller till och med {date}',
    'list.awards': 'Utmärkelser',
    'list.award': '{title} {year}',
    'list.empty': 'Inga partner listas.',
    'list.label': 'Partner till {organization}, verifierade av {site}',
  },
});
