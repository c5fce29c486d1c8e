import { useSyncExternalStore } from 'react';

/** What draws attention to a new chat, chosen by the person in this browser; both off by default. */
export interface AttentionPrefs {
  /** A desktop notification (needs the browser's permission). */
  notify: boolean;
  /** A short chime. */
  sound: boolean;
}

export const ATTENTION_KEY = 'sb.attention';
const OFF: AttentionPrefs = { notify: false, sound: false };
const listeners = new Set<() => void>();
let cached: { raw: string | null; prefs: AttentionPrefs } = { raw: null, prefs: OFF };

export function getAttentionPrefs(): AttentionPrefs {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(ATTENTION_KEY);
  } catch {
    return OFF;
  }
  if (raw === cached.raw) return cached.prefs;
  let prefs = OFF;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<AttentionPrefs>) : {};
    prefs = { notify: parsed.notify === true, sound: parsed.sound === true };
  } catch {
    // unreadable: off
  }
  cached = { raw, prefs };
  return prefs;
}

export function setAttentionPrefs(change: Partial<AttentionPrefs>): void {
  const next = { ...getAttentionPrefs(), ...change };
  try {
    localStorage.setItem(ATTENTION_KEY, JSON.stringify(next));
  } catch {
    // storage refused: nothing to remember
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === ATTENTION_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useAttentionPrefs(): AttentionPrefs {
  return useSyncExternalStore(subscribe, getAttentionPrefs, () => OFF);
}

export type NotifyPermission = NotificationPermission | 'unsupported';

export function notificationPermission(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser once (it must happen on a click); answers whether notifications may be shown. */
export async function requestNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  if (Notification.permission === 'denied') return false;
  try {
    return (await Notification.requestPermission()) === 'granted';
  } catch {
    return false;
  }
}

export function showNotification(title: string, body: string, tag: string, onClick: () => void): void {
  if (notificationPermission() !== 'granted') return;
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      onClick();
      notification.close();
    };
  } catch {
    // e.g. Android Chrome only notifies through a service worker
  }
}

let audio: AudioContext | null = null;

function context(): AudioContext | null {
  const Ctor = typeof window === 'undefined' ? undefined : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (!Ctor) return null;
  audio ??= new Ctor();
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  return audio;
}

/** Two short soft tones, made on the spot (no sound file). Call once from a click to unlock audio. */
export function playChime(): void {
  const ctx = context();
  if (!ctx) return;
  const start = ctx.currentTime + 0.01;
  [880, 1318.5].forEach((frequency, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const at = start + i * 0.12;
    osc.type = 'sine';
    osc.frequency.setValueAtTime(frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.28);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.3);
  });
}
