import { localeOf } from '../../../lib/i18n/locale';

/** An amount in its currency, in the reader's language (`25 000,00 €`); an unknown code written after it. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toLocaleString(localeOf(language))} ${currency}`;
  }
}

export const formatEuros = (amount: number, language: string) => formatMoney(amount, 'EUR', language);

/** A share 0..1 as a percentage (`12,5 %`). */
export function formatShare(share: number, language: string): string {
  return share.toLocaleString(localeOf(language), { style: 'percent', maximumFractionDigits: 1 });
}

/** A number typed in French or English (`12`, `12,5`, `25 000`), or undefined. */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return undefined;
  return Number(compact);
}

/** Today in the browser's calendar (`2026-03-12`): the default date of a submission or a receipt. */
export function browserToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
