/**
 * Finnish (fi). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
 * (src/config/l10n.ts, src/components/partner-list/partner-list.strings.ts,
 * src/components/report-button/report-dialog.strings.ts), whose comments say where
 * each string shows.
 *
 * Placeholders, kept exactly as in English and filled in by the widgets: {organization} the NGO's
 * name, {partner} the partner's name, {site} the host that served the config (ecpat.se), {issuer} and
 * {title} an award's issuer and title, {year} a year, {date} a date already written out for the
 * language, {network} a network's name (Facebook), {host} a Mastodon server, {phone} a phone number,
 * {max} a number of characters, {id} the hotline's receipt, {message} the hotline's own message,
 * {hotline} a hotline's name, {country} a country's name in the language (Sverige).
 * A name cannot take a case ending here, so the strings put names where Finnish leaves them in the
 * nominative: after a colon, before "-kumppani(t)", or after a word that carries the case
 * ("sivustolla {site}", "numeroon {phone}", "palvelussa {network}").
 *
 * Terms: the hotline is "vihjepalvelu" (a tip-off service, as Finnish reporting services are
 * described); a report is "ilmoitus" and to report "ilmoittaa"; the reader is "sinä".
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Ladataan…',
  'opens-in-new-tab': '(avautuu uuteen välilehteen)',
  'badge.text': 'Ylpeä {organization} -kumppani',
  'badge.since': 'vuodesta {year}',
  'badge.label': '{partner} on {organization} -kumppani. Katso kumppanuus sivustolla {site}',
  'badge.verified': 'Vahvistaja: {site}',
  'badge.fallback': '{organization} -kumppanit',
  'award.by': 'Myöntäjä: {issuer}',
  'award.citation.show': 'Lue tuomariston perustelut',
  'award.citation.hide': 'Piilota tuomariston perustelut',
  'award.citation.heading': 'Tuomariston perustelut',
  'award.label': '{title} {year}, myöntäjä: {issuer}',
  'share.title': 'Levitä tietoa',
  'share.text': 'Jaa tämä sivu, jotta yhä useampi saa tietää.',
  'share.via': 'Jaa palvelussa {network}',
  'share.native': 'Jaa…',
  'share.email': 'Jaa sähköpostilla',
  'share.copy': 'Kopioi linkki',
  'share.copied': 'Linkki on kopioitu',
  'share.copy-failed': 'Linkkiä ei voitu kopioida. Valitse linkki ja kopioi se itse.',
  'share.mastodon.prompt': 'Mastodon-palvelimesi (esimerkiksi mastodon.social)',
  'share.mastodon.save': 'Jaa',
  'share.mastodon.cancel': 'Peruuta',
  'share.mastodon.invalid': 'Kirjoita palvelimen nimi, esimerkiksi mastodon.social',
  'share.mastodon.change': 'Vaihda Mastodon-palvelinta ({host})',
  'share.follow': 'Seuraa: {organization}',
  'share.newsletter': 'Uutiskirje',
  'share.count.one': '{count} jako',
  'share.count.other': '{count} jakoa',
  'report.label': 'Ilmoita',
  'report.fallback': 'Tee ilmoitus: {organization}',
  'report.unavailable': 'Ilmoituslomaketta ei voitu avata. Ota yhteyttä vihjepalveluun tästä:',
  'report.title': 'Ilmoita lasten seksuaalista hyväksikäyttöä kuvaavasta materiaalista',
  'report.guidance':
    'Kerro verkko-osoite, jossa näit sen. Älä koskaan lataa itse materiaalia, ota siitä kuvakaappausta tai lähetä sitä: se voi olla rikos. Ilmoituksesi on nimetön, ellet itse päätä jättää yhteystietojasi.',
  'report.close': 'Sulje',
  'report.hotline': 'Ilmoituksesi menee vastaanottajalle {hotline}.',
  'report.country.change': 'Muu maa kuin {country}? Valitse maasi',
  'report.country': 'Valitse maasi',
  'report.exit': 'Poistu sivulta nopeasti',
  'report.exit.hint': 'Tai paina Shift-näppäintä kolme kertaa.',
  'report.exit.twice': 'Shift, paina vielä 2 kertaa poistuaksesi sivulta.',
  'report.exit.once': 'Shift, paina vielä kerran poistuaksesi sivulta.',
  'report.online': 'Ilmoita verkossa',
  'report.call': 'Soita numeroon {phone}',
  'report.sms': 'Lähetä tekstiviesti numeroon {phone}',
  'report.form.heading': 'Ilmoita tässä',
  'report.form.url': 'Missä näit sen?',
  'report.form.url.hint': 'Verkko-osoite tai sovelluksen, pelin tai tilin nimi.',
  'report.form.url.required': 'Kerro, missä näit sen.',
  'report.form.url.too-long': 'Osoite on liian pitkä: enintään {max} merkkiä.',
  'report.form.place': 'Millainen paikka se on?',
  'report.form.place.website': 'Verkkosivusto',
  'report.form.place.social': 'Sosiaalinen media',
  'report.form.place.chat': 'Chat tai sovellus',
  'report.form.place.game': 'Peli',
  'report.form.place.other': 'Muu',
  'report.form.description': 'Kuvaus (vapaaehtoinen)',
  'report.form.description.hint': 'Mitä näit? Älä liitä materiaalia tähän äläkä lisää sitä liitteeksi. Enintään {max} merkkiä.',
  'report.form.description.too-long': 'Kuvaus on liian pitkä: enintään {max} merkkiä.',
  'report.form.contact': 'Yhteystiedot (vapaaehtoinen)',
  'report.form.contact.hint': 'Jätä tyhjäksi, jos haluat pysyä nimettömänä.',
  'report.form.contact.too-long': 'Yhteystiedot ovat liian pitkät: enintään {max} merkkiä.',
  'report.form.send': 'Lähetä ilmoitus',
  'report.form.sending': 'Lähetetään…',
  'report.sent': 'Kiitos. Ilmoituksesi on lähetetty.',
  'report.sent.receipt': 'Kiitos. Ilmoituksesi on lähetetty. Kuittaus: {id}',
  'report.failed': 'Ilmoitustasi ei voitu lähettää. Mitään kirjoittamaasi ei ole kadonnut: yritä uudelleen tai ota yhteyttä suoraan vihjepalveluun.',
  'report.failed.message': 'Ilmoitustasi ei voitu lähettää: {message}',
  'list.title': '{organization} -kumppanit',
  'list.status.active': 'Aktiivinen',
  'list.status.suspended': 'Keskeytetty',
  'list.status.ended': 'Päättynyt',
  'list.status.expired': 'Vanhentunut',
  'list.since': 'Kumppani vuodesta {year}',
  'list.valid-until': 'Voimassa {date} asti',
  'list.awards': 'Palkinnot',
  'list.award': '{title} {year}',
  'list.empty': 'Luettelossa ei ole kumppaneita.',
  'list.label': '{organization} -kumppanit, vahvistaja: {site}',
};
