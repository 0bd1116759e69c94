/**
 * German (de). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
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
 *
 * Terms: the hotline is "Meldestelle", as German-language descriptions of INHOPE hotlines call them
 * ("Beschwerdestelle" is the other common word); a report is "Meldung" and to report "melden"; the
 * material is "Darstellungen sexuellen Missbrauchs von Kindern" in the title and "das Material"
 * after it. The reader is addressed as "Sie", the usual register of German reporting services.
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Wird geladen…',
  'opens-in-new-tab': '(öffnet in einem neuen Tab)',
  'badge.text': 'Stolzer Partner von {organization}',
  'badge.since': 'seit {year}',
  'badge.label': '{partner} ist Partner von {organization}. Die Partnerschaft auf {site} ansehen',
  'badge.verified': 'Bestätigt von {site}',
  'badge.fallback': 'Partner von {organization}',
  'award.by': 'Verliehen von {issuer}',
  'award.citation.show': 'Begründung der Jury lesen',
  'award.citation.hide': 'Begründung der Jury ausblenden',
  'award.citation.heading': 'Begründung der Jury',
  'award.label': '{title} {year}, verliehen von {issuer}',
  'share.title': 'Sagen Sie es weiter',
  'share.text': 'Teilen Sie diese Seite, damit mehr Menschen davon erfahren.',
  'share.via': 'Auf {network} teilen',
  'share.native': 'Teilen…',
  'share.email': 'Per E-Mail teilen',
  'share.copy': 'Link kopieren',
  'share.copied': 'Link kopiert',
  'share.copy-failed': 'Der Link konnte nicht kopiert werden. Markieren und kopieren Sie ihn bitte selbst.',
  'share.mastodon.prompt': 'Ihr Mastodon-Server (zum Beispiel mastodon.social)',
  'share.mastodon.save': 'Teilen',
  'share.mastodon.cancel': 'Abbrechen',
  'share.mastodon.invalid': 'Geben Sie einen Servernamen wie mastodon.social ein',
  'share.mastodon.change': 'Mastodon-Server ändern ({host})',
  'share.follow': '{organization} folgen',
  'share.newsletter': 'Newsletter',
  'share.count.one': '{count}-mal geteilt',
  'share.count.other': '{count}-mal geteilt',
  'report.label': 'Melden',
  'report.fallback': 'An {organization} melden',
  'report.unavailable': 'Das Meldeformular konnte nicht geöffnet werden. Hier erreichen Sie die Meldestelle:',
  'report.title': 'Darstellungen sexuellen Missbrauchs von Kindern melden',
  'report.guidance':
    'Melden Sie die Webadresse, unter der Sie es gesehen haben. Laden Sie das Material selbst niemals herunter, machen Sie keine Screenshots davon und verschicken Sie es nicht: Das kann strafbar sein. Ihre Meldung ist anonym, sofern Sie nicht selbst Kontaktdaten angeben.',
  'report.close': 'Schließen',
  'report.hotline': 'Ihre Meldung geht an: {hotline}.',
  'report.country.change': 'Anderes Land als {country}? Land wählen',
  'report.country': 'Land wählen',
  'report.exit': 'Diese Seite schnell verlassen',
  'report.exit.hint': 'Oder drücken Sie dreimal die Umschalttaste.',
  'report.exit.twice': 'Umschalttaste: noch 2-mal drücken, um die Seite zu verlassen.',
  'report.exit.once': 'Umschalttaste: noch einmal drücken, um die Seite zu verlassen.',
  'report.online': 'Online melden',
  'report.call': '{phone} anrufen',
  'report.sms': 'SMS an {phone} senden',
  'report.form.heading': 'Hier melden',
  'report.form.url': 'Wo haben Sie es gesehen?',
  'report.form.url.hint': 'Die Webadresse oder der Name der App, des Spiels oder des Kontos.',
  'report.form.url.required': 'Bitte geben Sie an, wo Sie es gesehen haben.',
  'report.form.url.too-long': 'Die Adresse ist zu lang: höchstens {max} Zeichen.',
  'report.form.place': 'Was für ein Ort ist das?',
  'report.form.place.website': 'Website',
  'report.form.place.social': 'Soziale Medien',
  'report.form.place.chat': 'Chat oder App',
  'report.form.place.game': 'Spiel',
  'report.form.place.other': 'Sonstiges',
  'report.form.description': 'Beschreibung (optional)',
  'report.form.description.hint': 'Was haben Sie gesehen? Das Material bitte weder einfügen noch anhängen. Höchstens {max} Zeichen.',
  'report.form.description.too-long': 'Die Beschreibung ist zu lang: höchstens {max} Zeichen.',
  'report.form.contact': 'Kontaktdaten (optional)',
  'report.form.contact.hint': 'Leer lassen, um anonym zu bleiben.',
  'report.form.contact.too-long': 'Die Kontaktdaten sind zu lang: höchstens {max} Zeichen.',
  'report.form.send': 'Meldung senden',
  'report.form.sending': 'Wird gesendet…',
  'report.sent': 'Danke. Ihre Meldung wurde gesendet.',
  'report.sent.receipt': 'Danke. Ihre Meldung wurde gesendet. Bestätigung: {id}',
  'report.failed': 'Ihre Meldung konnte nicht gesendet werden. Nichts von dem, was Sie eingegeben haben, ist verloren: Versuchen Sie es erneut oder wenden Sie sich direkt an die Meldestelle.',
  'report.failed.message': 'Ihre Meldung konnte nicht gesendet werden: {message}',
  'list.title': 'Partner von {organization}',
  'list.status.active': 'Aktiv',
  'list.status.suspended': 'Ausgesetzt',
  'list.status.ended': 'Beendet',
  'list.status.expired': 'Abgelaufen',
  'list.since': 'Partner seit {year}',
  'list.valid-until': 'Gültig bis {date}',
  'list.awards': 'Auszeichnungen',
  'list.award': '{title} {year}',
  'list.empty': 'Es sind keine Partner aufgeführt.',
  'list.label': 'Die Partner von {organization}, bestätigt von {site}',
};
