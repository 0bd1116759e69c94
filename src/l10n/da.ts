/**
 * Danish (da). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
 * (src/config/l10n.ts, src/components/partner-list/partner-list.strings.ts), whose comments say where
 * each string shows.
 *
 * Placeholders, kept exactly as in English and filled in by the widgets: {organization} the NGO's
 * name, {partner} the partner's name, {site} the host that served the config (ecpat.se), {issuer} and
 * {title} an award's issuer and title, {year} a year, {date} a date already written out for the
 * language, {network} a network's name (Facebook), {host} a Mastodon server, {phone} a phone number,
 * {max} a number of characters, {id} the hotline's receipt, {message} the hotline's own message.
 *
 * Terms: the hotline is "hotline" ("hotlinen"), the loanword, as in the Swedish (a reviewer may
 * prefer "indberetningstjeneste"); a report is "rapport" and to report "rapportere"; the reader is "du".
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Indlæser…',
  'opens-in-new-tab': '(åbner i en ny fane)',
  'badge.text': 'Stolt partner af {organization}',
  'badge.since': 'siden {year}',
  'badge.label': '{partner} er partner af {organization}. Se partnerskabet på {site}',
  'badge.verified': 'Bekræftet af {site}',
  'badge.fallback': 'Partnere af {organization}',
  'award.by': 'Uddelt af {issuer}',
  'award.citation.show': 'Læs juryens begrundelse',
  'award.citation.hide': 'Skjul juryens begrundelse',
  'award.citation.heading': 'Juryens begrundelse',
  'award.label': '{title} {year}, uddelt af {issuer}',
  'share.title': 'Spred mere viden',
  'share.text': 'Del siden, så flere får det at vide.',
  'share.via': 'Del på {network}',
  'share.native': 'Del…',
  'share.email': 'Del via e-mail',
  'share.copy': 'Kopiér link',
  'share.copied': 'Linket er kopieret',
  'share.copy-failed': 'Linket kunne ikke kopieres. Markér det, og kopiér det selv.',
  'share.mastodon.prompt': 'Din Mastodon-server (for eksempel mastodon.social)',
  'share.mastodon.save': 'Del',
  'share.mastodon.cancel': 'Annuller',
  'share.mastodon.invalid': 'Skriv et servernavn, for eksempel mastodon.social',
  'share.mastodon.change': 'Skift Mastodon-server ({host})',
  'share.follow': 'Følg {organization}',
  'share.newsletter': 'Nyhedsbrev',
  'share.count.one': '{count} deling',
  'share.count.other': '{count} delinger',
  'report.label': 'Rapportér',
  'report.fallback': 'Rapportér til {organization}',
  'report.unavailable': 'Rapportformularen kunne ikke åbnes. Kontakt hotlinen her:',
  'report.title': 'Rapportér materiale med seksuelle overgreb mod børn',
  'report.guidance':
    'Rapportér webadressen, hvor du så det. Du må aldrig downloade, tage skærmbillede af eller sende selve materialet: det kan være strafbart. Din rapport er anonym, medmindre du selv vælger at angive kontaktoplysninger.',
  'report.close': 'Luk',
  'report.online': 'Rapportér online',
  'report.call': 'Ring {phone}',
  'report.sms': 'Send sms til {phone}',
  'report.form.heading': 'Rapportér her',
  'report.form.url': 'Hvor så du det?',
  'report.form.url.hint': 'Webadressen eller navnet på appen, spillet eller kontoen.',
  'report.form.url.required': 'Fortæl os, hvor du så det.',
  'report.form.url.too-long': 'Adressen er for lang: højst {max} tegn.',
  'report.form.place': 'Hvilken slags sted er det?',
  'report.form.place.website': 'Websted',
  'report.form.place.social': 'Sociale medier',
  'report.form.place.chat': 'Chat eller app',
  'report.form.place.game': 'Spil',
  'report.form.place.other': 'Andet',
  'report.form.description': 'Beskrivelse (valgfri)',
  'report.form.description.hint': 'Hvad så du? Du skal hverken indsætte eller vedhæfte materialet. Højst {max} tegn.',
  'report.form.description.too-long': 'Beskrivelsen er for lang: højst {max} tegn.',
  'report.form.contact': 'Kontaktoplysninger (valgfrit)',
  'report.form.contact.hint': 'Lad feltet være tomt for at forblive anonym.',
  'report.form.contact.too-long': 'Kontaktoplysningerne er for lange: højst {max} tegn.',
  'report.form.send': 'Send rapport',
  'report.form.sending': 'Sender…',
  'report.sent': 'Tak. Din rapport er sendt.',
  'report.sent.receipt': 'Tak. Din rapport er sendt. Kvittering: {id}',
  'report.failed': 'Din rapport kunne ikke sendes. Intet af det, du har skrevet, er gået tabt: prøv igen, eller kontakt hotlinen direkte.',
  'report.failed.message': 'Din rapport kunne ikke sendes: {message}',
  'list.title': 'Partnere af {organization}',
  'list.status.active': 'Aktivt',
  'list.status.suspended': 'Midlertidigt stoppet',
  'list.status.ended': 'Afsluttet',
  'list.status.expired': 'Udløbet',
  'list.since': 'Partner siden {year}',
  'list.valid-until': 'Gælder til og med {date}',
  'list.awards': 'Priser',
  'list.award': '{title} {year}',
  'list.empty': 'Der er ingen partnere på listen.',
  'list.label': 'Partnere af {organization}, bekræftet af {site}',
};
