/**
 * Arabic (ar), written right to left. AWAITS REVIEW BY A NATIVE SPEAKER: translated from the English
 * and Swedish strings (src/config/l10n.ts, src/components/partner-list/partner-list.strings.ts,
 * src/components/report-button/report-dialog.strings.ts),
 * whose comments say where each string shows.
 *
 * Placeholders, kept exactly as in English and filled in by the widgets: {organization} the NGO's
 * name, {partner} the partner's name, {site} the host that served the config (ecpat.se), {issuer} and
 * {title} an award's issuer and title, {year} a year, {date} a date already written out for the
 * language, {network} a network's name (Facebook), {host} a Mastodon server, {phone} a phone number,
 * {max} a number of characters, {id} the hotline's receipt, {message} the hotline's own message,
 * {hotline} a hotline's name, {country} a country's name in the language (Sverige).
 * Most of them are Latin text inside Arabic, which the browser's bidirectional layout orders.
 * Counts are put as "الحد الأقصى لعدد الأحرف {max}" so that no noun has to agree with the number.
 *
 * Terms: the hotline is "خط الإبلاغ" (the reporting line; "الخط الساخن" is the other common word);
 * a report is "بلاغ" and to report "الإبلاغ"; the material is "مواد الاعتداء الجنسي على الأطفال".
 * Buttons are verbal nouns (إغلاق، إرسال البلاغ), which have no gender; sentences that speak to the
 * reader use the masculine singular, the usual default, which a reviewer may want to soften.
 */
import type { Translation } from '../config/l10n.js';

export const strings: Translation = {
  'loading': 'جارٍ التحميل…',
  'opens-in-new-tab': '(يُفتح في علامة تبويب جديدة)',
  'badge.text': 'فخورون بالشراكة مع {organization}',
  'badge.since': 'منذ {year}',
  'badge.label': '{partner} في شراكة مع {organization}. اطّلع على الشراكة في موقع {site}',
  'badge.verified': 'موثَّق من {site}',
  'badge.fallback': 'شركاء {organization}',
  'award.by': 'مقدَّمة من {issuer}',
  'award.citation.show': 'قراءة حيثيات لجنة التحكيم',
  'award.citation.hide': 'إخفاء حيثيات لجنة التحكيم',
  'award.citation.heading': 'حيثيات لجنة التحكيم',
  'award.label': '{title} {year}، مقدَّمة من {issuer}',
  'share.title': 'ساهِم في نشر المعرفة',
  'share.text': 'شارِك هذه الصفحة ليعرف عنها المزيد من الناس.',
  'share.via': 'المشاركة على {network}',
  'share.native': 'مشاركة…',
  'share.email': 'المشاركة عبر البريد الإلكتروني',
  'share.copy': 'نسخ الرابط',
  'share.copied': 'تم نسخ الرابط',
  'share.copy-failed': 'تعذّر نسخ الرابط. حدِّده وانسخه بنفسك.',
  'share.mastodon.prompt': 'خادم Mastodon الخاص بك (مثل mastodon.social)',
  'share.mastodon.save': 'مشاركة',
  'share.mastodon.cancel': 'إلغاء',
  'share.mastodon.invalid': 'أدخِل اسم خادم مثل mastodon.social',
  'share.mastodon.change': 'تغيير خادم Mastodon ({host})',
  'share.follow': 'تابِع {organization}',
  'share.newsletter': 'النشرة الإخبارية',
  'share.count.one': '{count} مشاركة',
  'share.count.other': 'المشاركات: {count}',
  'report.label': 'إبلاغ',
  'report.fallback': 'الإبلاغ إلى {organization}',
  'report.unavailable': 'تعذّر فتح نموذج الإبلاغ. تواصل مع خط الإبلاغ من هنا:',
  'report.title': 'الإبلاغ عن مواد الاعتداء الجنسي على الأطفال',
  'report.guidance':
    'أبلِغ عن عنوان صفحة الويب التي رأيت فيها هذه المواد. لا تنزّل المواد نفسها أبدًا، ولا تلتقط لها لقطة شاشة، ولا ترسلها: فقد يُعدّ ذلك جريمة. بلاغك مجهول الهوية ما لم تختر بنفسك ترك بيانات للتواصل.',
  'report.close': 'إغلاق',
  'report.hotline': 'يُرسَل بلاغك إلى {hotline}.',
  'report.country.change': 'لست في {country}؟ اختر بلدك',
  'report.country': 'اختر بلدك',
  'report.exit': 'مغادرة هذه الصفحة بسرعة',
  'report.exit.hint': 'أو اضغط على مفتاح Shift ثلاث مرات.',
  'report.exit.twice': 'Shift: اضغط مرتين أخريين لمغادرة الصفحة.',
  'report.exit.once': 'Shift: اضغط مرة واحدة أخرى لمغادرة الصفحة.',
  'report.online': 'الإبلاغ عبر الإنترنت',
  'report.call': 'الاتصال بالرقم {phone}',
  'report.sms': 'إرسال رسالة نصية إلى {phone}',
  'report.form.heading': 'الإبلاغ من هنا',
  'report.form.url': 'أين رأيت هذه المواد؟',
  'report.form.url.hint': 'عنوان الويب، أو اسم التطبيق أو اللعبة أو الحساب.',
  'report.form.url.required': 'أخبِرنا أين رأيتها.',
  'report.form.url.too-long': 'العنوان طويل جدًا: الحد الأقصى لعدد الأحرف {max}.',
  'report.form.place': 'ما نوع هذا المكان؟',
  'report.form.place.website': 'موقع ويب',
  'report.form.place.social': 'وسائل التواصل الاجتماعي',
  'report.form.place.chat': 'دردشة أو تطبيق',
  'report.form.place.game': 'لعبة',
  'report.form.place.other': 'غير ذلك',
  'report.form.description': 'الوصف (اختياري)',
  'report.form.description.hint': 'ماذا رأيت؟ لا تلصق المواد ولا ترفقها. الحد الأقصى لعدد الأحرف {max}.',
  'report.form.description.too-long': 'الوصف طويل جدًا: الحد الأقصى لعدد الأحرف {max}.',
  'report.form.contact': 'بيانات التواصل (اختيارية)',
  'report.form.contact.hint': 'اترك الحقل فارغًا لتبقى مجهول الهوية.',
  'report.form.contact.too-long': 'بيانات التواصل طويلة جدًا: الحد الأقصى لعدد الأحرف {max}.',
  'report.form.send': 'إرسال البلاغ',
  'report.form.sending': 'جارٍ الإرسال…',
  'report.sent': 'شكرًا لك. تم إرسال بلاغك.',
  'report.sent.receipt': 'شكرًا لك. تم إرسال بلاغك. رقم الإيصال: {id}',
  'report.failed': 'تعذّر إرسال بلاغك. لم يضِع شيء مما كتبته: حاول مرة أخرى، أو تواصل مع خط الإبلاغ مباشرةً.',
  'report.failed.message': 'تعذّر إرسال بلاغك: {message}',
  'list.title': 'شركاء {organization}',
  'list.status.active': 'نشطة',
  'list.status.suspended': 'معلّقة',
  'list.status.ended': 'منتهية',
  'list.status.expired': 'انتهت صلاحيتها',
  'list.since': 'شريك منذ {year}',
  'list.valid-until': 'سارية حتى {date}',
  'list.awards': 'الجوائز',
  'list.award': '{title} {year}',
  'list.empty': 'لا يوجد شركاء مدرجون.',
  'list.label': 'شركاء {organization}، موثَّقون من {site}',
};
