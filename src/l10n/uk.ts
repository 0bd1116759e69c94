/**
 * Ukrainian (uk). AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English and Swedish strings
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
 * Names stay uninflected, as foreign names in Latin letters do ("партнер ECPAT Sverige"); counts are
 * put as "максимальна кількість символів — {max}" so that no noun has to agree with the number.
 *
 * Terms: the hotline is "гаряча лінія"; a report is "повідомлення" and to report "повідомити"; the
 * material is "матеріали сексуального насильства над дітьми". The reader is "ви".
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'Завантаження…',
  'opens-in-new-tab': '(відкривається в новій вкладці)',
  'badge.text': 'Пишаємося партнерством з {organization}',
  'badge.since': 'з {year} року',
  'badge.label': '{partner} — партнер {organization}. Переглянути партнерство на {site}',
  'badge.verified': 'Підтверджено сайтом {site}',
  'badge.fallback': 'Партнери {organization}',
  'award.by': 'Нагорода від {issuer}',
  'award.citation.show': 'Прочитати обґрунтування журі',
  'award.citation.hide': 'Приховати обґрунтування журі',
  'award.citation.heading': 'Обґрунтування журі',
  'award.label': '{title} {year}, нагорода від {issuer}',
  'share.title': 'Поширюйте знання',
  'share.text': 'Поділіться цією сторінкою, щоб про це дізналося більше людей.',
  'share.via': 'Поділитися в {network}',
  'share.native': 'Поділитися…',
  'share.email': 'Надіслати електронною поштою',
  'share.copy': 'Копіювати посилання',
  'share.copied': 'Посилання скопійовано',
  'share.copy-failed': 'Не вдалося скопіювати посилання. Виділіть і скопіюйте його самостійно.',
  'share.mastodon.prompt': 'Ваш сервер Mastodon (наприклад, mastodon.social)',
  'share.mastodon.save': 'Поділитися',
  'share.mastodon.cancel': 'Скасувати',
  'share.mastodon.invalid': 'Введіть назву сервера, наприклад mastodon.social',
  'share.mastodon.change': 'Змінити сервер Mastodon ({host})',
  'share.follow': 'Стежте за {organization}',
  'share.newsletter': 'Розсилка',
  'share.count.one': '{count} поширення',
  'share.count.other': 'Поширень: {count}',
  'report.label': 'Повідомити',
  'report.fallback': 'Повідомити {organization}',
  'report.unavailable': 'Не вдалося відкрити форму повідомлення. Зверніться на гарячу лінію тут:',
  'report.title': 'Повідомити про матеріали сексуального насильства над дітьми',
  'report.guidance':
    'Повідомте вебадресу, де ви це побачили. Ніколи не завантажуйте самі матеріали, не робіть їхніх знімків екрана й не надсилайте їх: це може бути злочином. Ваше повідомлення анонімне, якщо ви самі не вирішите залишити контактні дані.',
  'report.close': 'Закрити',
  'report.hotline': 'Ваше повідомлення надійде до: {hotline}.',
  'report.country.change': 'Не ця країна ({country})? Оберіть свою країну',
  'report.country': 'Оберіть свою країну',
  'report.exit': 'Швидко залишити сторінку',
  'report.exit.hint': 'Або натисніть Shift тричі.',
  'report.exit.twice': 'Shift: натисніть ще 2 рази, щоб залишити сторінку.',
  'report.exit.once': 'Shift: натисніть ще 1 раз, щоб залишити сторінку.',
  'report.online': 'Повідомити онлайн',
  'report.call': 'Зателефонувати за номером {phone}',
  'report.sms': 'Надіслати SMS на номер {phone}',
  'report.form.heading': 'Повідомити тут',
  'report.form.url': 'Де ви це побачили?',
  'report.form.url.hint': 'Вебадреса або назва застосунку, гри чи облікового запису.',
  'report.form.url.required': 'Вкажіть, де ви це побачили.',
  'report.form.url.too-long': 'Адреса задовга: максимальна кількість символів — {max}.',
  'report.form.place': 'Що це за місце?',
  'report.form.place.website': 'Вебсайт',
  'report.form.place.social': 'Соціальні мережі',
  'report.form.place.chat': 'Чат або застосунок',
  'report.form.place.game': 'Гра',
  'report.form.place.other': 'Інше',
  'report.form.description': 'Опис (необов’язково)',
  'report.form.description.hint': 'Що ви побачили? Не вставляйте й не прикріплюйте самі матеріали. Максимальна кількість символів — {max}.',
  'report.form.description.too-long': 'Опис задовгий: максимальна кількість символів — {max}.',
  'report.form.contact': 'Контактні дані (необов’язково)',
  'report.form.contact.hint': 'Залиште поле порожнім, щоб зберегти анонімність.',
  'report.form.contact.too-long': 'Контактні дані задовгі: максимальна кількість символів — {max}.',
  'report.form.send': 'Надіслати повідомлення',
  'report.form.sending': 'Надсилання…',
  'report.sent': 'Дякуємо. Ваше повідомлення надіслано.',
  'report.sent.receipt': 'Дякуємо. Ваше повідомлення надіслано. Номер підтвердження: {id}',
  'report.failed': 'Не вдалося надіслати ваше повідомлення. Нічого з того, що ви ввели, не втрачено: спробуйте ще раз або зверніться безпосередньо на гарячу лінію.',
  'report.failed.message': 'Не вдалося надіслати ваше повідомлення: {message}',
  'list.title': 'Партнери {organization}',
  'list.status.active': 'Активне',
  'list.status.suspended': 'Призупинене',
  'list.status.ended': 'Завершене',
  'list.status.expired': 'Термін дії минув',
  'list.since': 'Партнер з {year} року',
  'list.valid-until': 'Діє до {date} включно',
  'list.awards': 'Нагороди',
  'list.award': '{title} {year}',
  'list.empty': 'У списку немає партнерів.',
  'list.label': 'Партнери {organization}, підтверджено сайтом {site}',
};
