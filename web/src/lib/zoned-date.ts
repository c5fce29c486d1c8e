/**
 * Calendar days in a given IANA time zone (the workspace's), without a date library:
 * the period filter picks days, the API takes instants.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour % 24, mi: parts.minute, s: parts.second };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
function offset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - (ms - (((ms % 1000) + 1000) % 1000));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string): boolean {
  return DAY.test(value);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The instant a calendar day ("2026-11-25") starts in the zone; local time when the zone is unknown. */
export function dayStart(day: string, timeZone: string | null | undefined): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const guess = Date.UTC(y, m - 1, d);
  try {
    if (!timeZone) throw new RangeError('no zone');
    const first = guess - offset(guess, timeZone);
    const second = guess - offset(first, timeZone);
    return toIso(second);
  } catch {
    return toIso(new Date(y, m - 1, d).getTime());
  }
}

/** The calendar day ("2026-11-25") an instant falls on in the zone; local time when the zone is unknown. */
export function dayOf(iso: string, timeZone: string | null | undefined): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  try {
    if (!timeZone) throw new RangeError('no zone');
    const w = wallClock(ms, timeZone);
    return `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  } catch {
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
}

/** The next calendar day. */
export function nextDay(day: string): string {
  const match = DAY.exec(day);
  if (!match) return day;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
}

/** The day before. */
export function previousDay(day: string): string {
  const match = DAY.exec(day);
  if (!match) return day;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - 1)).toISOString().slice(0, 10);
}
