/**
 * The report dialog's own strings: they travel with the dialog's file, not with every page's
 * script. No side effect: the button adds them (`addStrings`) to its own copy of the strings when
 * the dialog's file arrives, since the script-tag build's dialog file carries no copy of
 * src/config/l10n.ts.
 */
const en = {
  'report.title': 'Report child sexual abuse material',
  'report.guidance':
    'Report the web address where you saw it. Never download, screenshot or send the material itself: that can be a crime. Your report is anonymous unless you choose to leave contact details.',
  'report.close': 'Close',
  'report.hotline': 'Your report goes to {hotline}.',
  'report.country.change': 'Not in {country}? Choose your country',
  'report.country': 'Choose your country',
  'report.exit': 'Leave this page quickly',
  'report.exit.hint': 'Or press Shift three times.',
  'report.exit.twice': 'Shift, press 2 more times to leave the page.',
  'report.exit.once': 'Shift, press 1 more time to leave the page.',
  'report.online': 'Report online',
  'report.call': 'Call {phone}',
  'report.sms': 'Text {phone}',
  'report.form.heading': 'Report here',
  'report.form.url': 'Where did you see it?',
  'report.form.url.hint': 'The web address, or the name of the app, game or account.',
  'report.form.url.required': 'Tell us where you saw it.',
  'report.form.url.too-long': 'The address is too long: at most {max} characters.',
  'report.form.place': 'What kind of place is it?',
  'report.form.place.website': 'Website',
  'report.form.place.social': 'Social media',
  'report.form.place.chat': 'Chat or app',
  'report.form.place.game': 'Game',
  'report.form.place.other': 'Other',
  'report.form.description': 'Description (optional)',
  'report.form.description.hint': 'What did you see? Do not paste or attach the material. At most {max} characters.',
  'report.form.description.too-long': 'The description is too long: at most {max} characters.',
  'report.form.contact': 'Contact details (optional)',
  'report.form.contact.hint': 'Leave empty to stay anonymous.',
  'report.form.contact.too-long': 'The contact details are too long: at most {max} characters.',
  'report.form.send': 'Send report',
  'report.form.sending': 'Sending…',
  'report.sent': 'Thank you. Your report has been sent.',
  'report.sent.receipt': 'Thank you. Your report has been sent. Receipt: {id}',
  'report.failed': 'Your report could not be sent. Nothing you typed has been lost: try again, or contact the hotline directly.',
  'report.failed.message': 'Your report could not be sent: {message}',
};

declare module '../../config/l10n.js' {
  // The keys are those of `en` above: written once.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AddedStrings extends Record<keyof typeof en, string> {}
}

export const reportDialogStrings: Record<'en' | 'sv', Record<keyof typeof en, string>> = {
  en,
  sv: {
    'report.title': 'Rapportera material med sexuella övergrepp mot barn',
    'report.guidance':
      'Rapportera webbadressen där du såg det. Ladda aldrig ner, ta inte skärmbild av och skicka aldrig själva materialet: det kan vara brottsligt. Din rapport är anonym om du inte själv väljer att lämna kontaktuppgifter.',
    'report.close': 'Stäng',
    'report.hotline': 'Din rapport går till {hotline}.',
    'report.country.change': 'Inte i {country}? Välj land',
    'report.country': 'Välj land',
    'report.exit': 'Lämna sidan snabbt',
    'report.exit.hint': 'Eller tryck på Skift tre gånger.',
    'report.exit.twice': 'Skift, tryck 2 gånger till för att lämna sidan.',
    'report.exit.once': 'Skift, tryck 1 gång till för att lämna sidan.',
    'report.online': 'Rapportera på webben',
    'report.call': 'Ring {phone}',
    'report.sms': 'Sms:a {phone}',
    'report.form.heading': 'Rapportera här',
    'report.form.url': 'Var såg du det?',
    'report.form.url.hint': 'Webbadressen, eller namnet på appen, spelet eller kontot.',
    'report.form.url.required': 'Berätta var du såg det.',
    'report.form.url.too-long': 'Adressen är för lång: högst {max} tecken.',
    'report.form.place': 'Vilken sorts plats är det?',
    'report.form.place.website': 'Webbplats',
    'report.form.place.social': 'Sociala medier',
    'report.form.place.chat': 'Chatt eller app',
    'report.form.place.game': 'Spel',
    'report.form.place.other': 'Annat',
    'report.form.description': 'Beskrivning (frivillig)',
    'report.form.description.hint': 'Vad såg du? Klistra inte in och bifoga inte materialet. Högst {max} tecken.',
    'report.form.description.too-long': 'Beskrivningen är för lång: högst {max} tecken.',
    'report.form.contact': 'Kontaktuppgifter (frivilligt)',
    'report.form.contact.hint': 'Lämna tomt för att vara anonym.',
    'report.form.contact.too-long': 'Kontaktuppgifterna är för långa: högst {max} tecken.',
    'report.form.send': 'Skicka rapport',
    'report.form.sending': 'Skickar…',
    'report.sent': 'Tack. Din rapport är skickad.',
    'report.sent.receipt': 'Tack. Din rapport är skickad. Kvitto: {id}',
    'report.failed': 'Din rapport kunde inte skickas. Inget du skrivit har försvunnit: försök igen, eller kontakta hotline direkt.',
    'report.failed.message': 'Din rapport kunde inte skickas: {message}',
  },
};
