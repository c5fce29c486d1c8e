import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, FakeServer, FakeSocket, operatorMessage, type Reply, removeWidgets, returningVisitor, showWidget } from './fake-server';

afterEach(() => {
  vi.useRealTimers();
  removeWidgets();
});

const OFFLINE = 'No connection to the server. Reconnecting…';
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

/** A returning visitor whose history request fails with `reply` from the first one on (timers faked before it fails). */
async function historyFailing(reply: Reply) {
  const server = returningVisitor();
  server.on('GET /messages', () => reply);
  const first = deferred<Reply>();
  server.once('GET /messages', () => first.promise);
  const shown = await showWidget(server);
  fakeTimers();
  first.resolve(reply);
  await vi.advanceTimersByTimeAsync(0);
  return { ...shown, server, asked: () => server.requests('GET /messages').length };
}

describe('when the server refuses', () => {
  it('a paused chat (503) is asked again only after its Retry-After, also when the browser comes back online', async () => {
    const { asked, ui, widget } = await historyFailing({ status: 503, headers: { 'Retry-After': '300' } });
    widget.open();
    expect(asked()).toBe(1);
    expect(ui.getByText(OFFLINE)).toBeVisible();

    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(299_000);
    expect(asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(asked()).toBe(3);
  });

  it.each([403, 404])('stops asking on %i and says why once in the console', async (status) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { asked, ui, widget } = await historyFailing({ status, body: { detail: 'This site is not allowed' } });
    widget.open();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(600_000);

    expect(asked()).toBe(1);
    expect(FakeSocket.all).toHaveLength(0);
    expect(ui.getByText(OFFLINE)).not.toBeVisible();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain(status === 403 ? 'This site is not allowed' : 'data-channel="ch1"');
  });

  it('backs off on other failures: 1 s doubling up to 30 s', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { asked } = await historyFailing({ status: 500 });
    for (const pause of [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]) {
      const before = asked();
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(asked()).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(asked()).toBe(before + 1);
    }
  });
});

describe('older messages that failed to load', () => {
  it('are asked for again by scrolling only after a pause; the button asks at once', async () => {
    const server = returningVisitor();
    server.once('GET /messages', () => ({ status: 200, body: { items: [server.messages[0]], hasOlder: true, contact: server.contact } }));
    const { widget, ui, shadow } = await showWidget(server);
    widget.open();
    const button = await ui.findByRole('button', { name: 'Show earlier messages' });
    server.on('GET /messages', () => 'network-error');
    const older = () => server.requests('GET /messages').filter((r) => r.path.includes('before=')).length;
    const history = shadow.querySelector<HTMLElement>('[role=log]')!;
    const scrollUp = () => {
      history.scrollTop = 0;
      history.dispatchEvent(new Event('scroll'));
    };

    scrollUp();
    await waitFor(() => expect(older()).toBe(1));
    await waitFor(() => expect(button).toBeEnabled());
    for (let i = 0; i < 5; i++) scrollUp();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(older()).toBe(1);

    await userEvent.click(button);
    await waitFor(() => expect(older()).toBe(2));
    await waitFor(() => expect(button).toBeEnabled());

    server.messages = [operatorMessage(5, 'Older one', 'Anna', { read: true }), ...server.messages];
    server.on('GET /messages', () => ({ status: 200, body: { items: [server.messages[0]], hasOlder: false, contact: server.contact } }));
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    scrollUp();
    expect(await ui.findByText('Older one')).toBeInTheDocument();
    expect(older()).toBe(3);
  });
});

describe('a request the server does not answer', () => {
  /** The chat open on the test's clock; writing and attaching as plain DOM events (user-event waits on real timers). */
  async function chatOnFakeTimers() {
    const server = new FakeServer();
    const shown = await showWidget(server);
    shown.widget.open();
    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(1));
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    fakeTimers();
    const composer = shown.ui.getByRole<HTMLTextAreaElement>('textbox');
    const send = (text: string) => {
      composer.value = text;
      composer.dispatchEvent(new Event('input', { bubbles: true }));
      composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    };
    const attach = (file: File) => {
      const input = shown.shadow.querySelector<HTMLInputElement>('input[type=file]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    const row = (text: string) => shown.ui.getByText(text).closest('.row');
    return { server, send, attach, row };
  }

  /** AbortSignal.timeout on the test's clock (the browser's own runs on real time). */
  function timeoutOnTestClock() {
    return vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
      return controller.signal;
    });
  }

  const native = Object.getOwnPropertyDescriptor(AbortSignal, 'timeout')!;
  afterEach(() => Object.defineProperty(AbortSignal, 'timeout', native));

  it.each([['with AbortSignal.timeout', true], ['in a browser without AbortSignal.timeout', false]])(
    'is given up after 30 s %s: the message can be retried and the next one goes',
    async (_, hasTimeout) => {
      const { server, send, row } = await chatOnFakeTimers();
      if (hasTimeout) timeoutOnTestClock();
      else Object.defineProperty(AbortSignal, 'timeout', { value: undefined, configurable: true });
      server.once('POST /messages', () => new Promise<Reply>(() => undefined));

      send('Anyone there?');
      send('Hello?');
      await vi.advanceTimersByTimeAsync(29_000);
      expect(row('Anyone there?')).toHaveTextContent('Sending…');
      expect(server.requests('POST /messages')).toHaveLength(1);

      await vi.advanceTimersByTimeAsync(1000);
      expect(row('Anyone there?')).toHaveTextContent('Not sent — tap to retry');
      expect(server.requests('POST /messages')).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(0);
      expect(row('Hello?')).toHaveAttribute('data-delivery', 'sent');
    },
  );

  it('gives an upload 120 s', async () => {
    const { server, attach, row } = await chatOnFakeTimers();
    timeoutOnTestClock();
    server.once('POST /files', () => new Promise<Reply>(() => undefined));
    attach(new File(['%PDF'], 'offer.pdf', { type: 'application/pdf' }));

    await vi.advanceTimersByTimeAsync(119_000);
    expect(row('offer.pdf')).toHaveTextContent('Sending…');
    await vi.advanceTimersByTimeAsync(1000);
    expect(row('offer.pdf')).toHaveTextContent('Not sent — tap to retry');
  });
});
