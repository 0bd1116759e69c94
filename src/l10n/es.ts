/**
 * Spanish (es). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
 * (src/config/l10n.ts, src/components/partner-list/partner-list.strings.ts), whose comments say where
 * each string shows.
 *
 * Placeholders, kept exactly as in English and filled in by the widgets: {organization} the NGO's
 * name, {partner} the partner's name, {site} the host that served the config (ecpat.se), {issuer} and
 * {title} an award's issuer and title, {year} a year, {date} a date already written out for the
 * language, {network} a network's name (Facebook), {host} a Mastodon server, {phone} a phone number,
 * {max} a number of characters, {id} the hotline's receipt, {message} the hotline's own message.
 *
 * Terms: the hotline is "línea de denuncia" (parts of Latin America say "reportar" and "línea de
 * reporte"); a report is "denuncia" and to report "denunciar" (never "denunciar a {organization}",
 * which would accuse it: "enviar una denuncia a"). The material is "material de abuso sexual
 * infantil". A partner is "colaborador" and the partnership "colaboración". The reader is "usted",
 * neutral across Spain and Latin America.
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Cargando…',
  'opens-in-new-tab': '(se abre en una pestaña nueva)',
  'badge.text': 'Orgullosos de colaborar con {organization}',
  'badge.since': 'desde {year}',
  'badge.label': '{partner} colabora con {organization}. Vea la colaboración en {site}',
  'badge.verified': 'Verificado por {site}',
  'badge.fallback': 'Colaboradores de {organization}',
  'award.by': 'Otorgado por {issuer}',
  'award.citation.show': 'Leer el fallo del jurado',
  'award.citation.hide': 'Ocultar el fallo del jurado',
  'award.citation.heading': 'El fallo del jurado',
  'award.label': '{title} {year}, otorgado por {issuer}',
  'share.title': 'Difunda el mensaje',
  'share.text': 'Comparta esta página para que más personas lo sepan.',
  'share.via': 'Compartir en {network}',
  'share.native': 'Compartir…',
  'share.email': 'Compartir por correo electrónico',
  'share.copy': 'Copiar enlace',
  'share.copied': 'Enlace copiado',
  'share.copy-failed': 'No se pudo copiar el enlace. Selecciónelo y cópielo manualmente.',
  'share.mastodon.prompt': 'Su servidor de Mastodon (por ejemplo, mastodon.social)',
  'share.mastodon.save': 'Compartir',
  'share.mastodon.cancel': 'Cancelar',
  'share.mastodon.invalid': 'Escriba un nombre de servidor, por ejemplo, mastodon.social',
  'share.mastodon.change': 'Cambiar de servidor de Mastodon ({host})',
  'share.follow': 'Seguir a {organization}',
  'share.newsletter': 'Boletín',
  'share.count.one': 'Compartido {count} vez',
  'share.count.other': 'Compartido {count} veces',
  'report.label': 'Denunciar',
  'report.fallback': 'Enviar una denuncia a {organization}',
  'report.unavailable': 'No se pudo abrir el formulario de denuncia. Póngase en contacto aquí con la línea de denuncia:',
  'report.title': 'Denunciar material de abuso sexual infantil',
  'report.guidance':
    'Denuncie la dirección web donde lo vio. Nunca descargue el material en sí, ni le haga capturas de pantalla, ni lo envíe: hacerlo puede ser un delito. Su denuncia es anónima, salvo que usted decida dejar sus datos de contacto.',
  'report.close': 'Cerrar',
  'report.online': 'Denunciar en línea',
  'report.call': 'Llamar al {phone}',
  'report.sms': 'Enviar un SMS al {phone}',
  'report.form.heading': 'Denunciar aquí',
  'report.form.url': '¿Dónde lo vio?',
  'report.form.url.hint': 'La dirección web, o el nombre de la aplicación, el juego o la cuenta.',
  'report.form.url.required': 'Indíquenos dónde lo vio.',
  'report.form.url.too-long': 'La dirección es demasiado larga: {max} caracteres como máximo.',
  'report.form.place': '¿Qué tipo de lugar es?',
  'report.form.place.website': 'Sitio web',
  'report.form.place.social': 'Redes sociales',
  'report.form.place.chat': 'Chat o aplicación',
  'report.form.place.game': 'Juego',
  'report.form.place.other': 'Otro',
  'report.form.description': 'Descripción (opcional)',
  'report.form.description.hint': '¿Qué vio? No pegue ni adjunte el material. {max} caracteres como máximo.',
  'report.form.description.too-long': 'La descripción es demasiado larga: {max} caracteres como máximo.',
  'report.form.contact': 'Datos de contacto (opcional)',
  'report.form.contact.hint': 'Déjelo vacío para mantener el anonimato.',
  'report.form.contact.too-long': 'Los datos de contacto son demasiado largos: {max} caracteres como máximo.',
  'report.form.send': 'Enviar denuncia',
  'report.form.sending': 'Enviando…',
  'report.sent': 'Gracias. Su denuncia se ha enviado.',
  'report.sent.receipt': 'Gracias. Su denuncia se ha enviado. Comprobante: {id}',
  'report.failed': 'No se pudo enviar su denuncia. No se ha perdido nada de lo que escribió: inténtelo de nuevo o póngase en contacto directamente con la línea de denuncia.',
  'report.failed.message': 'No se pudo enviar su denuncia: {message}',
  'list.title': 'Colaboradores de {organization}',
  'list.status.active': 'Activa',
  'list.status.suspended': 'Suspendida',
  'list.status.ended': 'Finalizada',
  'list.status.expired': 'Vencida',
  'list.since': 'Colaborador desde {year}',
  'list.valid-until': 'Válida hasta el {date}',
  'list.awards': 'Premios',
  'list.award': '{title} {year}',
  'list.empty': 'No hay colaboradores en la lista.',
  'list.label': 'Los colaboradores de {organization}, verificados por {site}',
};
