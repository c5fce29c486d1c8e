import { useSyncExternalStore } from 'react';
import type { StreamFrame } from './api-types';

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting';

export interface RealtimeListener {
  onFrame(frame: StreamFrame): void;
  /** Called when the socket opened again after having been lost: caches may be stale. */
  onReconnected?(): void;
  /** Called when an attempt to (re)connect failed; `failures` counts them since the last open. */
  onReconnectFailed?(failures: number): void;
}

interface SocketLike {
  onopen: ((ev: Event) => void) | null;
  onclose: ((ev: CloseEvent) => void) | null;
  onerror: ((ev: Event) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
  close(): void;
}

export interface RealtimeOptions {
  url?: string;
  createSocket?: (url: string) => SocketLike;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export function streamUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/api/v1/stream`;
}

/** One WebSocket to `/api/v1/stream` with exponential backoff reconnects. */
export class RealtimeConnection {
  private socket: SocketLike | null = null;
  private state: ConnectionState = 'idle';
  private readonly stateListeners = new Set<() => void>();
  private readonly listeners = new Set<RealtimeListener>();
  private attempt = 0;
  private failures = 0;
  private everOpened = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private readonly options: Required<Omit<RealtimeOptions, 'url'>> & { url?: string };

  constructor(options: RealtimeOptions = {}) {
    this.options = {
      createSocket: (url) => new WebSocket(url),
      minDelayMs: 1000,
      maxDelayMs: 30000,
      ...options,
    };
  }

  getState = (): ConnectionState => this.state;

  subscribeState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  subscribe(listener: RealtimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.everOpened = false;
    this.attempt = 0;
    this.failures = 0;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.onerror = null;
      socket.close();
    }
    this.setState('idle');
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.stateListeners.forEach((l) => l());
  }

  private open(): void {
    this.setState(this.everOpened || this.attempt > 0 ? 'reconnecting' : 'connecting');
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url ?? streamUrl());
    } catch {
      this.reportFailure();
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      const wasReconnect = this.everOpened || this.attempt > 0;
      this.everOpened = true;
      this.attempt = 0;
      this.failures = 0;
      this.setState('open');
      if (wasReconnect) this.listeners.forEach((l) => l.onReconnected?.());
    };
    socket.onmessage = (event: MessageEvent) => {
      let frame: StreamFrame;
      try {
        frame = JSON.parse(String(event.data)) as StreamFrame;
      } catch {
        return;
      }
      if (!frame || typeof frame !== 'object' || typeof frame.type !== 'string') return;
      this.listeners.forEach((l) => l.onFrame(frame));
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (!opened) this.reportFailure();
      this.scheduleReconnect();
    };
    socket.onerror = () => {
      // onclose follows and schedules the reconnect
    };
  }

  private reportFailure(): void {
    if (this.stopped) return;
    this.failures += 1;
    const failures = this.failures;
    this.listeners.forEach((l) => l.onReconnectFailed?.(failures));
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.setState('reconnecting');
    const base = Math.min(this.options.maxDelayMs, this.options.minDelayMs * 2 ** this.attempt);
    const delay = base / 2 + Math.random() * (base / 2);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.open();
    }, delay);
  }
}

export const realtime = new RealtimeConnection();

export function useConnectionState(connection: RealtimeConnection = realtime): ConnectionState {
  return useSyncExternalStore(connection.subscribeState, connection.getState, connection.getState);
}
