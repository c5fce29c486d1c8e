import { describe, expect, it } from 'vitest';
import { dayOf, dayStart, nextDay, previousDay } from './zoned-date';

describe('days in the workspace time zone', () => {
  it('finds the instant a day starts, across zones and DST', () => {
    expect(dayStart('2026-11-25', 'Europe/Moscow')).toBe('2026-11-24T21:00:00Z');
    expect(dayStart('2026-11-25', 'UTC')).toBe('2026-11-25T00:00:00Z');
    expect(dayStart('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00Z');
    expect(dayStart('2026-01-01', 'Europe/Berlin')).toBe('2025-12-31T23:00:00Z');
    expect(dayStart('2026-11-25', 'America/New_York')).toBe('2026-11-25T05:00:00Z');
    expect(dayStart('nonsense', 'UTC')).toBeNull();
  });

  it('finds the day of an instant', () => {
    expect(dayOf('2026-11-24T21:00:00Z', 'Europe/Moscow')).toBe('2026-11-25');
    expect(dayOf('2026-11-24T20:59:59Z', 'Europe/Moscow')).toBe('2026-11-24');
    expect(dayOf('2026-11-25T04:59:00Z', 'America/New_York')).toBe('2026-11-24');
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
  });
});
