import type { Money } from './api-types';

type Translate = (key: 'duration.s' | 'duration.m' | 'duration.h' | 'duration.d', params: { n: number }) => string;
type TranslateDue = (key: 'due.today' | 'due.tomorrow' | 'due.yesterday', params: { time: string }) => string;

/** "1m 35s", "2h 5m", "3d 4h" — the two largest units. */
export function formatDuration(totalSeconds: number, t: Translate): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const units: [number, 'duration.d' | 'duration.h' | 'duration.m' | 'duration.s'][] = [
    [d, 'duration.d'],
    [h, 'duration.h'],
    [m, 'duration.m'],
    [sec, 'duration.s'],
  ];
  const firstIndex = units.findIndex(([value]) => value > 0);
  if (firstIndex < 0) return t('duration.s', { n: 0 });
  return units
    .slice(firstIndex, firstIndex + 2)
    .filter(([value], i) => i === 0 || value > 0)
    .map(([value, key]) => t(key, { n: value }))
    .join(' ');
}

/** Like formatDuration but in whole minutes for counters that tick every 15 s ("5m", "1h 20m"). */
export function formatWaiting(totalSeconds: number, t: Translate): string {
  if (totalSeconds < 60) return t('duration.m', { n: 0 }).replace('0', '<1');
  return formatDuration(Math.floor(totalSeconds / 60) * 60, t);
}

export function formatMoney(money: Money, locale: string): string {
  const amount = Number(money.amount);
  if (!Number.isFinite(amount)) return `${money.amount} ${money.currency}`;
  const integral = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: integral ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${money.currency}`;
  }
}

export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days between two instants in the browser's time zone (b - a). */
export function dayDiff(a: number, b: number): number {
  return Math.round((startOfDay(b) - startOfDay(a)) / 86_400_000);
}

export function formatClock(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Time of the last message in the list: "14:05" today, "Mon" this week, "12 Nov", "12.11.2024". */
export function formatListTime(iso: string, locale: string, now: number): string {
  const at = Date.parse(iso);
  const days = dayDiff(at, now);
  if (days <= 0) return formatClock(iso, locale);
  if (days < 7) return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(at);
  if (new Date(at).getFullYear() === new Date(now).getFullYear()) {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(at);
  }
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

/** Day separator of the history: "Today", "Yesterday", "Monday, 24 November", with the year when not this year. */
export function formatDayLabel(iso: string, locale: string, now: number): string {
  const at = Date.parse(iso);
  const days = dayDiff(at, now);
  if (days === 0 || days === 1) {
    const text = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  }
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? [...words[0]].slice(0, 2) : [[...words[0]][0], [...words[words.length - 1]][0]];
  return letters.join('').toLocaleUpperCase();
}

/** A stable pleasant colour for a string (avatars without a picture). */
export function colorFor(seed: string): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  const hue = Math.abs(hash) % 360;
  return `hsl(${hue} 55% 46%)`;
}

/** A due time: "today 14:00", "tomorrow 10:00", "yesterday 9:30", or "12 Nov, 14:00". */
export function formatDue(iso: string, now: number, { t, locale }: { t: TranslateDue; locale: string }): string {
  const time = formatClock(iso, locale);
  const days = dayDiff(now, Date.parse(iso));
  if (days === 0) return t('due.today', { time });
  if (days === 1) return t('due.tomorrow', { time });
  if (days === -1) return t('due.yesterday', { time });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(new Date(iso));
  return `${date}, ${time}`;
}
