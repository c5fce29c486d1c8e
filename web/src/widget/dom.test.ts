import { describe, expect, it } from 'vitest';
import { accentColor, el, inkOnWhite, serverUrl, textColorOn } from './dom';

describe('colours', () => {
  it('writes white on brand colours and dark text on light ones', () => {
    expect(textColorOn('#2563eb')).toBe('#ffffff');
    expect(textColorOn('#dc2626')).toBe('#ffffff');
    expect(textColorOn('#000000')).toBe('#ffffff');
    expect(textColorOn('#ffd84d')).toBe('#111827');
    expect(textColorOn('#22c55e')).toBe('#111827');
    expect(textColorOn('#ffffff')).toBe('#111827');
  });

  it('keeps icons and focus rings visible on white when the channel colour is light', () => {
    expect(inkOnWhite('#0a7d5a')).toBe('#0a7d5a');
    expect(inkOnWhite('#ffd84d')).toBe('#111827');
  });

  it('falls back to the default for anything but #rrggbb', () => {
    expect(accentColor('#0A7D5A')).toBe('#0A7D5A');
    expect(accentColor('red;background:url(x)')).toBe('#2563eb');
    expect(accentColor(null)).toBe('#2563eb');
  });
});

describe('elements', () => {
  it('put text in as text, never as markup', () => {
    const node = el('div', { title: '"><b>' }, '<img src=x onerror=alert(1)>');
    expect(node.children).toHaveLength(0);
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(node.getAttribute('title')).toBe('"><b>');
  });

  it('link attachments on the server only over http(s)', () => {
    expect(serverUrl('/widget/files/a.png', 'https://app.example')).toBe('https://app.example/widget/files/a.png');
    expect(serverUrl('javascript:alert(1)', 'https://app.example')).toBeNull();
    expect(serverUrl('data:text/html,hi', 'https://app.example')).toBeNull();
  });
});
