import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/dictionaries';
import { formatDuration, formatFileSize, formatMoney, formatWaiting, initials } from './format';

const en = (key: Parameters<typeof translate>[1], params?: Record<string, number>) => translate('en', key, params);
const ru = (key: Parameters<typeof translate>[1], params?: Record<string, number>) => translate('ru', key, params);

describe('format', () => {
  it('formats response times with the two largest units', () => {
    expect(formatDuration(95, en)).toBe('1m 35s');
    expect(formatDuration(95, ru)).toBe('1 мин 35 с');
    expect(formatDuration(3600 * 2 + 300, en)).toBe('2h 5m');
    expect(formatDuration(3600, en)).toBe('1h');
    expect(formatDuration(0, en)).toBe('0s');
    expect(formatDuration(90000, en)).toBe('1d 1h');
  });

  it('formats waiting in minutes', () => {
    expect(formatWaiting(330, en)).toBe('5m');
    expect(formatWaiting(20, en)).toBe('<1m');
  });

  it('formats money with the currency of the chat', () => {
    expect(formatMoney({ amount: '1500.00', currency: 'RUB' }, 'ru')).toMatch(/^1\s500\s₽$/);
    expect(formatMoney({ amount: '1500.50', currency: 'USD' }, 'en')).toBe('$1,500.50');
  });

  it('formats file sizes and initials', () => {
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(initials('Maria Petrova')).toBe('MP');
    expect(initials('oleg')).toBe('OL');
  });
});
