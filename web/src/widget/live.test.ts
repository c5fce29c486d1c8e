import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from './fake-server';
import { LiveConnection } from './live';
import { retryDelay } from './recovery';

function connection() {
  const events = { ready: vi.fn(), message: vi.fn(), unauthorized: vi.fn(), trouble: vi.fn() };
  const live = new LiveConnection('wss://app.example/live', () => 'token', events, (url) => new FakeSocket(url));
  return { live, events };
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('LiveConnection', () => {
  it('waits 1 s doubling up to 30 s, with jitter', () => {
    for (const [attempt, base] of [[0, 1000], [1, 2000], [4, 16_000], [5, 30_000], [40, 30_000]]) {
      const delay = retryDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(base * 0.75);
      expect(delay).toBeLessThanOrEqual(base * 1.25);
    }
  });

  it('delivers message frames and ignores what it does not know', () => {
    const { live, events } = connection();
    live.start();
    FakeSocket.latest().open();
    FakeSocket.latest().frame({ type: 'pong' });
    FakeSocket.latest().onmessage?.(new MessageEvent('message', { data: 'not json' }));
    FakeSocket.latest().frame({ type: 'message', message: { id: 1 } });
    expect(events.ready).toHaveBeenCalledTimes(1);
    expect(events.message).toHaveBeenCalledWith({ id: 1 });
    live.stop();
  });

  it('reports trouble only when reconnecting fails too, and recovery once ready', () => {
    const { live, events } = connection();
    live.start();
    FakeSocket.latest().open();
    FakeSocket.latest().drop();
    expect(events.trouble).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1250);
    FakeSocket.latest().drop();
    expect(events.trouble).toHaveBeenCalledWith(true);
    vi.advanceTimersByTime(2500);
    FakeSocket.latest().open();
    expect(events.trouble).toHaveBeenLastCalledWith(false);
    expect(events.ready).toHaveBeenCalledTimes(2);
    live.stop();
  });

  it('keeps backing off while connections drop right after ready, and starts from 1 s again after 30 s up', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { live } = connection();
    live.start();
    for (const pause of [1000, 2000, 4000, 8000, 16_000, 30_000]) {
      FakeSocket.latest().open();
      FakeSocket.latest().drop();
      const sockets = FakeSocket.all.length;
      vi.advanceTimersByTime(pause - 1);
      expect(FakeSocket.all).toHaveLength(sockets);
      vi.advanceTimersByTime(1);
      expect(FakeSocket.all).toHaveLength(sockets + 1);
    }

    FakeSocket.latest().open();
    vi.advanceTimersByTime(25_000);
    FakeSocket.latest().frame({ type: 'pong' });
    vi.advanceTimersByTime(5_000);
    FakeSocket.latest().drop();
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(8);
    live.stop();
  });

  it('closes a socket that leaves a ping unanswered for 10 s and connects again', () => {
    const { live, events } = connection();
    live.start();
    const socket = FakeSocket.latest();
    socket.open();
    vi.advanceTimersByTime(25_000);
    expect(socket.sent.at(-1)).toEqual({ type: 'ping' });
    vi.advanceTimersByTime(9_900);
    expect(socket.closed).toBe(false);
    vi.advanceTimersByTime(100);
    expect(socket.closed).toBe(true);

    vi.advanceTimersByTime(1250);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.latest().open();
    expect(events.ready).toHaveBeenCalledTimes(2);
    live.stop();
  });

  it('stops for good on 4401', () => {
    const { live, events } = connection();
    live.start();
    FakeSocket.latest().open();
    FakeSocket.latest().drop(4401);
    expect(events.unauthorized).toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('reconnects at once when the page becomes visible again', () => {
    const { live } = connection();
    live.start();
    FakeSocket.latest().drop();
    expect(FakeSocket.all).toHaveLength(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(FakeSocket.all).toHaveLength(2);
    live.stop();
    expect(FakeSocket.latest().closed).toBe(true);
  });
});
