import { waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { install, readEmbed } from './embed';
import { FakeServer, FakeSocket } from './fake-server';

function script(attrs: Record<string, string>): HTMLScriptElement {
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(attrs)) tag.setAttribute(name, value);
  document.head.append(tag);
  return tag;
}

afterEach(() => {
  document.head.querySelectorAll('script').forEach((s) => s.remove());
  document.querySelectorAll('switchboard-widget').forEach((w) => w.remove());
  delete window.SwitchboardWidget;
  sessionStorage.clear();
  FakeSocket.all = [];
});

describe('the embed code', () => {
  it('is read from the running script: channel, language, open, and the server from its src', () => {
    const tag = script({ src: 'https://app.example/widget.js?v=3', 'data-channel': 'ch1', 'data-lang': 'ru', 'data-open': 'true' });
    expect(readEmbed(tag)).toEqual({ base: 'https://app.example', channel: 'ch1', lang: 'ru', open: true });
  });

  it('is found by its attributes when the running script is unknown (document.currentScript is null)', () => {
    script({ src: 'https://other.example/analytics.js' });
    script({ src: 'https://app.example:8443/widget.js', 'data-channel': 'ch2' });
    expect(readEmbed(null)).toEqual({ base: 'https://app.example:8443', channel: 'ch2', lang: null, open: false });
  });

  it('is found by its attributes also when its address has a query (widget.js?v=2)', () => {
    script({ src: 'https://cdn.example/not-widget.js', 'data-channel': 'other' });
    script({ src: 'https://app.example/widget.js?v=2', 'data-channel': 'ch3' });
    expect(readEmbed(null)).toEqual({ base: 'https://app.example', channel: 'ch3', lang: null, open: false });
  });

  it('warns about a missing channel or an unsupported language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readEmbed(script({ src: 'https://app.example/widget.js' }))).toBeNull();
    expect(warn.mock.calls[0][0]).toContain('data-channel');

    readEmbed(script({ src: 'https://app.example/widget.js', 'data-channel': 'c', 'data-lang': 'de' }));
    expect(warn.mock.calls[1][0]).toContain('data-lang="de"');
  });

  it('exposes SwitchboardWidget.open() and close(), also before the widget has appeared', async () => {
    const server = new FakeServer();
    vi.stubGlobal('fetch', server.fetch);
    vi.stubGlobal('WebSocket', FakeSocket);
    install(script({ src: 'https://app.example/widget.js', 'data-channel': 'ch1' }));
    window.SwitchboardWidget!.open();

    const host = await waitFor(() => {
      const found = document.querySelector('switchboard-widget');
      if (!found) throw new Error('not yet');
      return found;
    });
    const dialog = host.shadowRoot!.querySelector('[role=dialog]')!;
    expect(dialog).not.toHaveAttribute('hidden');
    window.SwitchboardWidget!.close();
    expect(dialog).toHaveAttribute('hidden');
  });

  it('runs once even when the script is included twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.SwitchboardWidget = { open: () => undefined, close: () => undefined };
    install(script({ src: 'https://app.example/widget.js', 'data-channel': 'ch1' }));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('more than once'));
  });
});
