/** A phone number as a `tel:` or `sms:` link wants it: digits and a leading `+`, no spaces or dashes. */
export const dialable = (phone: string): string => phone.replace(/[^\d+]/g, '');
