/**
 * French (fr). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
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
 * "de {organization}" cannot elide before a vowel ("d’ECPAT"): a known limit of a fixed template.
 * The space before ":" and "?" is a no-break space (U+00A0), as French typography wants.
 *
 * Terms: the hotline is "service de signalement" (French-language hotlines present themselves as
 * places to "signaler" content); a report is "signalement" and to report "signaler"; the material is
 * "contenus d’abus sexuels sur des enfants". The reader is "vous".
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Chargement…',
  'opens-in-new-tab': '(s’ouvre dans un nouvel onglet)',
  'badge.text': 'Fier partenaire de {organization}',
  'badge.since': 'depuis {year}',
  'badge.label': '{partner} est partenaire de {organization}. Voir le partenariat sur {site}',
  'badge.verified': 'Vérifié par {site}',
  'badge.fallback': 'Partenaires de {organization}',
  'award.by': 'Décerné par {issuer}',
  'award.citation.show': 'Lire la motivation du jury',
  'award.citation.hide': 'Masquer la motivation du jury',
  'award.citation.heading': 'La motivation du jury',
  'award.label': '{title} {year}, décerné par {issuer}',
  'share.title': 'Faites passer le mot',
  'share.text': 'Partagez cette page pour que davantage de personnes en soient informées.',
  'share.via': 'Partager sur {network}',
  'share.native': 'Partager…',
  'share.email': 'Partager par e-mail',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié',
  'share.copy-failed': 'Impossible de copier le lien. Sélectionnez-le et copiez-le vous-même.',
  'share.mastodon.prompt': 'Votre serveur Mastodon (par exemple mastodon.social)',
  'share.mastodon.save': 'Partager',
  'share.mastodon.cancel': 'Annuler',
  'share.mastodon.invalid': 'Saisissez un nom de serveur, par exemple mastodon.social',
  'share.mastodon.change': 'Changer de serveur Mastodon ({host})',
  'share.follow': 'Suivre {organization}',
  'share.newsletter': 'Lettre d’information',
  'share.count.one': '{count} partage',
  'share.count.other': '{count} partages',
  'report.label': 'Signaler',
  'report.fallback': 'Signaler à {organization}',
  'report.unavailable': 'Le formulaire de signalement n’a pas pu s’ouvrir. Contactez le service de signalement ici :',
  'report.title': 'Signaler des contenus d’abus sexuels sur des enfants',
  'report.guidance':
    'Signalez l’adresse web où vous l’avez vu. Ne téléchargez jamais le contenu lui-même, n’en faites jamais de capture d’écran et ne l’envoyez jamais : cela peut constituer une infraction. Votre signalement est anonyme, sauf si vous choisissez de laisser vos coordonnées.',
  'report.close': 'Fermer',
  'report.hotline': 'Votre signalement est transmis à : {hotline}.',
  'report.country.change': 'Pays actuel : {country}. Vous êtes ailleurs ? Choisissez votre pays',
  'report.country': 'Choisissez votre pays',
  'report.exit': 'Quitter rapidement cette page',
  'report.exit.hint': 'Ou appuyez trois fois sur Maj.',
  'report.exit.twice': 'Maj : appuyez encore 2 fois pour quitter la page.',
  'report.exit.once': 'Maj : appuyez encore 1 fois pour quitter la page.',
  'report.online': 'Signaler en ligne',
  'report.call': 'Appeler le {phone}',
  'report.sms': 'Envoyer un SMS au {phone}',
  'report.form.heading': 'Signaler ici',
  'report.form.url': 'Où l’avez-vous vu ?',
  'report.form.url.hint': 'L’adresse web, ou le nom de l’application, du jeu ou du compte.',
  'report.form.url.required': 'Indiquez-nous où vous l’avez vu.',
  'report.form.url.too-long': 'L’adresse est trop longue : {max} caractères au maximum.',
  'report.form.place': 'De quel type de lieu s’agit-il ?',
  'report.form.place.website': 'Site web',
  'report.form.place.social': 'Réseaux sociaux',
  'report.form.place.chat': 'Messagerie ou application',
  'report.form.place.game': 'Jeu',
  'report.form.place.other': 'Autre',
  'report.form.description': 'Description (facultative)',
  'report.form.description.hint': 'Qu’avez-vous vu ? Ne collez pas et ne joignez pas le contenu. {max} caractères au maximum.',
  'report.form.description.too-long': 'La description est trop longue : {max} caractères au maximum.',
  'report.form.contact': 'Coordonnées (facultatives)',
  'report.form.contact.hint': 'Laissez vide pour rester anonyme.',
  'report.form.contact.too-long': 'Les coordonnées sont trop longues : {max} caractères au maximum.',
  'report.form.send': 'Envoyer le signalement',
  'report.form.sending': 'Envoi en cours…',
  'report.sent': 'Merci. Votre signalement a été envoyé.',
  'report.sent.receipt': 'Merci. Votre signalement a été envoyé. Accusé de réception : {id}',
  'report.failed': 'Votre signalement n’a pas pu être envoyé. Rien de ce que vous avez saisi n’a été perdu : réessayez, ou contactez directement le service de signalement.',
  'report.failed.message': 'Votre signalement n’a pas pu être envoyé : {message}',
  'list.title': 'Partenaires de {organization}',
  'list.status.active': 'Actif',
  'list.status.suspended': 'Suspendu',
  'list.status.ended': 'Terminé',
  'list.status.expired': 'Expiré',
  'list.since': 'Partenaire depuis {year}',
  'list.valid-until': 'Valable jusqu’au {date}',
  'list.awards': 'Distinctions',
  'list.award': '{title} {year}',
  'list.empty': 'Aucun partenaire n’est répertorié.',
  'list.label': 'Les partenaires de {organization}, vérifiés par {site}',
};
