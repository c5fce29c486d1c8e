import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RealtimeConnection } from './realtime';

class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: ((ev: Event) => void) | null = null;
  onclose: ((ev: CloseEvent) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  closed = false;
  constructor(public url: string) {
    FakeSocket.all.push(this);
  }
  close() {
    this.closed = true;
  }
}

describe('RealtimeConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('delivers frames, reconnects with backoff and reports the reconnect', () => {
    const conn = new RealtimeConnection({ url: 'ws://x/api/v1/stream', createSocket: (u) => new FakeSocket(u), minDelayMs: 100 });
    const frames: unknown[] = [];
    const onReconnected = vi.fn();
    conn.subscribe({ onFrame: (f) => frames.push(f), onReconnected });

    conn.start();
    expect(conn.getState()).toBe('connecting');
    FakeSocket.all[0].onopen?.(new Event('open'));
    expect(conn.getState()).toBe('open');
    FakeSocket.all[0].onmessage?.(new MessageEvent('message', { data: '{"type":"counts.updated"}' }));
    expect(frames).toEqual([{ type: 'counts.updated' }]);

    FakeSocket.all[0].onclose?.(new CloseEvent('close'));
    expect(conn.getState()).toBe('reconnecting');
    vi.advanceTimersByTime(100);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1].onopen?.(new Event('open'));
    expect(conn.getState()).toBe('open');
    expect(onReconnected).toHaveBeenCalledTimes(1);

    conn.stop();
    expect(FakeSocket.all[1].closed).toBe(true);
    expect(conn.getState()).toBe('idle');
  });

  it('counts failed reconnect attempts since the last open', () => {
    const conn = new RealtimeConnection({ url: 'ws://x/api/v1/stream', createSocket: (u) => new FakeSocket(u), minDelayMs: 100 });
    const onReconnectFailed = vi.fn();
    conn.subscribe({ onFrame: () => {}, onReconnectFailed });
    conn.start();
    FakeSocket.all[0].onopen?.(new Event('open'));
    FakeSocket.all[0].onclose?.(new CloseEvent('close')); // lost, not a failed attempt
    expect(onReconnectFailed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    FakeSocket.all[1].onclose?.(new CloseEvent('close'));
    vi.advanceTimersByTime(200);
    FakeSocket.all[2].onclose?.(new CloseEvent('close'));
    expect(onReconnectFailed.mock.calls).toEqual([[1], [2]]);
    vi.advanceTimersByTime(400);
    FakeSocket.all[3].onopen?.(new Event('open'));
    FakeSocket.all[3].onclose?.(new CloseEvent('close'));
    vi.advanceTimersByTime(100);
    FakeSocket.all[4].onclose?.(new CloseEvent('close'));
    expect(onReconnectFailed).toHaveBeenLastCalledWith(1);
    conn.stop();
  });
});
