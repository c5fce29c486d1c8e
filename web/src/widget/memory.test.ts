import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisitorMemory } from './memory';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('VisitorMemory', () => {
  it('keeps the token per channel in localStorage and the open panel per tab in sessionStorage', () => {
    const memory = new VisitorMemory('ch1');
    memory.rememberToken('t1');
    expect(localStorage.getItem('switchboard.widget.ch1')).toBe('t1');
    expect(new VisitorMemory('ch1').token()).toBe('t1');
    expect(new VisitorMemory('ch2').token()).toBeNull();

    memory.rememberPanel(true);
    expect(new VisitorMemory('ch1').panelWasOpen()).toBe(true);
    memory.rememberPanel(false);
    expect(new VisitorMemory('ch1').panelWasOpen()).toBe(false);
  });

  it('forgets a refused token, but not one another tab has put in its place', () => {
    const memory = new VisitorMemory('ch1');
    memory.rememberToken('old');
    localStorage.setItem('switchboard.widget.ch1', 'new-from-other-tab');
    memory.forgetToken('old');
    expect(memory.token()).toBe('new-from-other-tab');
    memory.forgetToken('new-from-other-tab');
    expect(memory.token()).toBeNull();
  });

  it('keeps the token in memory when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const memory = new VisitorMemory('ch1');
    expect(memory.token()).toBeNull();
    memory.rememberToken('t1');
    expect(memory.token()).toBe('t1');
    memory.rememberPanel(true);
    expect(memory.panelWasOpen()).toBe(false);
    memory.forgetToken('t1');
    expect(memory.token()).toBeNull();
  });
});
