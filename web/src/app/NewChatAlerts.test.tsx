import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RealtimeConnection, RealtimeListener } from '@/lib/realtime';
import { ATTENTION_KEY } from '@/lib/attention';
import { chatRow } from '@/test/fixtures';
import { renderWithProviders } from '@/test/utils';
import { NewChatAlerts } from './NewChatAlerts';

function fakeConnection() {
  let listener: RealtimeListener | null = null;
  const connection = { subscribe: (l: RealtimeListener) => ((listener = l), () => (listener = null)) } as unknown as RealtimeConnection;
  return { connection, emit: (frame: Parameters<RealtimeListener['onFrame']>[0]) => listener!.onFrame(frame) };
}

function stubBrowser() {
  const shown: { title: string; body?: string }[] = [];
  vi.stubGlobal(
    'Notification',
    Object.assign(
      function Notification(this: object, title: string, options: NotificationOptions) {
        shown.push({ title, body: options.body });
      },
      { permission: 'granted' },
    ),
  );
  const tones = vi.fn();
  vi.stubGlobal(
    'AudioContext',
    class {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator() {
        tones();
        return { type: '', frequency: { setValueAtTime() {} }, connect: (node: unknown) => node, start() {}, stop() {} };
      }
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (node: unknown) => node };
      }
    },
  );
  vi.spyOn(document, 'hasFocus').mockReturnValue(false);
  return { shown, tones };
}

describe('alerts for a new chat', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are silent until switched on', () => {
    const { shown, tones } = stubBrowser();
    const { connection, emit } = fakeConnection();
    renderWithProviders(<NewChatAlerts connection={connection} />);
    emit({ type: 'chat.created', chat: chatRow() });
    expect(shown).toEqual([]);
    expect(tones).not.toHaveBeenCalled();
  });

  it('notify and chime for a chat created in New, not for other chats', () => {
    localStorage.setItem(ATTENTION_KEY, JSON.stringify({ notify: true, sound: true }));
    const { shown, tones } = stubBrowser();
    const { connection, emit } = fakeConnection();
    renderWithProviders(<NewChatAlerts connection={connection} />);
    emit({ type: 'chat.created', chat: chatRow({ category: 'accepted' }) });
    emit({ type: 'chat.updated', chat: chatRow() });
    expect(shown).toEqual([]);
    emit({ type: 'chat.created', chat: chatRow() });
    expect(shown).toEqual([{ title: 'New chat: Maria Petrova', body: 'Is it in stock?' }]);
    expect(tones).toHaveBeenCalled();
  });
});
