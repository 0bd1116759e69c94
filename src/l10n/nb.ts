/**
 * Norwegian Bokmål (nb). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish
 * strings (src/config/l10n.ts, src/components/partner-list/partner-list.strings.ts), whose comments
 * say where each string shows.
 *
 * Placeholders, kept exactly as in English and filled in by the widgets: {organization} the NGO's
 * name, {partner} the partner's name, {site} the host that served the config (ecpat.se), {issuer} and
 * {title} an award's issuer and title, {year} a year, {date} a date already written out for the
 * language, {network} a network's name (Facebook), {host} a Mastodon server, {phone} a phone number,
 * {max} a number of characters, {id} the hotline's receipt, {message} the hotline's own message.
 *
 * Terms: the hotline is "tipsmottaket" (as the police's tip line is called), a report is "tips" and
 * to report "melde fra"; the reader is "du", as in the Swedish.
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Laster inn…',
  'opens-in-new-tab': '(åpnes i en ny fane)',
  'badge.text': 'Stolt partner av {organization}',
  'badge.since': 'siden {year}',
  'badge.label': '{partner} er partner av {organization}. Se partnerskapet på {site}',
  'badge.verified': 'Bekreftet av {site}',
  'badge.fallback': 'Partnere av {organization}',
  'award.by': 'Delt ut av {issuer}',
  'award.citation.show': 'Les juryens begrunnelse',
  'award.citation.hide': 'Skjul juryens begrunnelse',
  'award.citation.heading': 'Juryens begrunnelse',
  'award.label': '{title} {year}, delt ut av {issuer}',
  'share.title': 'Spre mer kunnskap',
  'share.text': 'Del siden, så flere får vite om det.',
  'share.via': 'Del på {network}',
  'share.native': 'Del…',
  'share.email': 'Del via e-post',
  'share.copy': 'Kopier lenke',
  'share.copied': 'Lenken er kopiert',
  'share.copy-failed': 'Lenken kunne ikke kopieres. Merk den og kopier den selv.',
  'share.mastodon.prompt': 'Din Mastodon-server (for eksempel mastodon.social)',
  'share.mastodon.save': 'Del',
  'share.mastodon.cancel': 'Avbryt',
  'share.mastodon.invalid': 'Skriv inn et servernavn, for eksempel mastodon.social',
  'share.mastodon.change': 'Bytt Mastodon-server ({host})',
  'share.follow': 'Følg {organization}',
  'share.newsletter': 'Nyhetsbrev',
  'share.count.one': '{count} deling',
  'share.count.other': '{count} delinger',
  'report.label': 'Meld fra',
  'report.fallback': 'Meld fra til {organization}',
  'report.unavailable': 'Rapportskjemaet kunne ikke åpnes. Kontakt tipsmottaket her:',
  'report.title': 'Meld fra om materiale som viser seksuelle overgrep mot barn',
  'report.guidance':
    'Oppgi nettadressen der du så det. Du må aldri laste ned, ta skjermbilde av eller sende selve materialet: det kan være straffbart. Tipset ditt er anonymt, med mindre du selv velger å oppgi kontaktinformasjon.',
  'report.close': 'Lukk',
  'report.online': 'Meld fra på nett',
  'report.call': 'Ring {phone}',
  'report.sms': 'Send SMS til {phone}',
  'report.form.heading': 'Meld fra her',
  'report.form.url': 'Hvor så du det?',
  'report.form.url.hint': 'Nettadressen, eller navnet på appen, spillet eller kontoen.',
  'report.form.url.required': 'Fortell oss hvor du så det.',
  'report.form.url.too-long': 'Adressen er for lang: høyst {max} tegn.',
  'report.form.place': 'Hva slags sted er det?',
  'report.form.place.website': 'Nettsted',
  'report.form.place.social': 'Sosiale medier',
  'report.form.place.chat': 'Chat eller app',
  'report.form.place.game': 'Spill',
  'report.form.place.other': 'Annet',
  'report.form.description': 'Beskrivelse (valgfritt)',
  'report.form.description.hint': 'Hva så du? Ikke lim inn og ikke legg ved materialet. Høyst {max} tegn.',
  'report.form.description.too-long': 'Beskrivelsen er for lang: høyst {max} tegn.',
  'report.form.contact': 'Kontaktinformasjon (valgfritt)',
  'report.form.contact.hint': 'La feltet stå tomt for å være anonym.',
  'report.form.contact.too-long': 'Kontaktinformasjonen er for lang: høyst {max} tegn.',
  'report.form.send': 'Send tipset',
  'report.form.sending': 'Sender…',
  'report.sent': 'Takk. Tipset ditt er sendt.',
  'report.sent.receipt': 'Takk. Tipset ditt er sendt. Kvittering: {id}',
  'report.failed': 'Tipset ditt kunne ikke sendes. Ingenting av det du har skrevet, er borte: prøv igjen, eller kontakt tipsmottaket direkte.',
  'report.failed.message': 'Tipset ditt kunne ikke sendes: {message}',
  'list.title': 'Partnere av {organization}',
  'list.status.active': 'Aktivt',
  'list.status.suspended': 'Midlertidig stanset',
  'list.status.ended': 'Avsluttet',
  'list.status.expired': 'Utløpt',
  'list.since': 'Partner siden {year}',
  'list.valid-until': 'Gjelder til og med {date}',
  'list.awards': 'Utmerkelser',
  'list.award': '{title} {year}',
  'list.empty': 'Ingen partnere er oppført.',
  'list.label': 'Partnere av {organization}, bekreftet av {site}',
};
