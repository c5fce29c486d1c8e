import type { ChatCounts, CountKey } from '@/lib/api-types';

/** A counter for people: "…" while unknown, "12K" when large, "10 000+" when it is only a lower bound. */
export function formatCount(counts: ChatCounts | undefined, key: CountKey, locale: string): string {
  const value = counts?.[key];
  if (value === undefined) return '…';
  if (counts?.capped?.includes(key)) return `${new Intl.NumberFormat(locale).format(value)}+`;
  return new Intl.NumberFormat(locale, { notation: value >= 10_000 ? 'compact' : 'standard' }).format(value);
}

/** Like formatCount but always in full ("12 345"), for sentences such as "Select all 12 345 matching". */
export function formatTotal(counts: ChatCounts | undefined, key: CountKey, locale: string): string {
  const value = counts?.[key];
  if (value === undefined) return '…';
  return `${new Intl.NumberFormat(locale).format(value)}${counts?.capped?.includes(key) ? '+' : ''}`;
}
