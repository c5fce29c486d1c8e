import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/api-types';
import { chatRow, message } from '@/test/fixtures';
import { mockFetch, mockUploads, renderWithProviders, type RecordedCall } from '@/test/utils';
import { clearAllDrafts } from '../stores/drafts';
import { ChatWindow, SIDE_PANEL_KEY } from './ChatWindow';

const templates: Template[] = [
  { id: 'tp1', title: 'Greeting', text: 'Hello, {client.name}!', shortcut: 'hi', personal: false },
  { id: 'tp2', title: 'Price list', text: 'Our prices start at 1500 RUB', shortcut: 'price', personal: true },
  { id: 'tp3', title: 'Delivery terms', text: 'We deliver in 2 days', shortcut: null, personal: false },
];

beforeEach(() => {
  clearAllDrafts();
  // The side panel has its own tests: keep these to the composer.
  localStorage.setItem(SIDE_PANEL_KEY, 'false');
});

function setup(extra: Parameters<typeof mockFetch>[0] = {}) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const chat = chatRow({ category: 'accepted' });
  const mocks = mockFetch({
    'GET /api/v1/chats/c1': () => ({ body: chat }),
    'GET /api/v1/chats/c1/messages': () => ({ body: { items: [message({ id: 'h1', text: 'Is it in stock?' })], prevCursor: null } }),
    'GET /api/v1/templates': () => ({ body: { items: templates, nextCursor: null } }),
    'GET /api/v1/chats/c1/templates/tp1': () => ({ body: { ...templates[0], text: 'Hello, Maria!' } }),
    'GET /api/v1/chats/c1/templates/tp2': () => ({ body: templates[1] }),
    'POST /api/v1/chats/c1/messages': (call: RecordedCall) => {
      const sent = call.body as { text?: string; attachmentIds?: string[] };
      const attachments = (sent.attachmentIds ?? []).map((id) => ({ id, name: 'invoice.pdf', size: 2048, contentType: 'application/pdf', url: `/api/v1/attachments/${id}` }));
      return { status: 201, body: message({ id: 'srv-1', direction: 'out', status: 'queued', text: sent.text ?? null, attachments }) };
    },
    ...extra,
  });
  const onClose = vi.fn();
  renderWithProviders(<ChatWindow chatId="c1" onClose={onClose} />);
  return { ...mocks, onClose };
}

/** Types into the composer as a person would: the caret ends up after the text. */
function type(input: HTMLElement, value: string) {
  act(() => input.focus());
  fireEvent.change(input, { target: { value } });
}

describe('templates in the composer', () => {
  it('"/" and a shortcut offer the matching templates; Enter puts the filled-in text in place of "/query"', async () => {
    const { calls, onClose } = setup();
    const input = await screen.findByTestId('composer-input');
    type(input, 'Sure! /pr');
    const picker = await screen.findByTestId('template-picker');
    await waitFor(() => expect(within(picker).getAllByTestId('template-option')).toHaveLength(1));
    expect(within(picker).getByTestId('template-option')).toHaveAttribute('data-shortcut', 'price');

    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(input).toHaveValue('Sure! Our prices start at 1500 RUB'));
    expect(calls.some((c) => c.url === '/api/v1/chats/c1/templates/tp2')).toBe(true);
    // Enter picked the template: nothing was sent, the operator edits before sending.
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.queryByTestId('template-picker')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('moves through the list with ↑/↓ and Esc hides it without closing the chat', async () => {
    const { onClose } = setup();
    const input = await screen.findByTestId('composer-input');
    type(input, '/');
    const options = await screen.findAllByTestId('template-option');
    expect(options.map((o) => o.getAttribute('data-shortcut'))).toEqual(['', 'hi', 'price']);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByTestId('template-option')[1]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByTestId('template-option')[2]).toHaveAttribute('aria-selected', 'true');

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('template-picker')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(input).toHaveValue('/');
  });

  it('does not offer templates for a "/" inside a word', async () => {
    setup();
    const input = await screen.findByTestId('composer-input');
    type(input, 'and/or');
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByTestId('template-picker')).toBeNull();
  });

  it('the templates button opens a searchable picker; Enter inserts at the caret', async () => {
    const { calls } = setup();
    const input = (await screen.findByTestId('composer-input')) as HTMLTextAreaElement;
    type(input, 'Dear client. Thanks!');
    input.setSelectionRange(13, 13);
    fireEvent.click(screen.getByTestId('template-button'));
    const picker = await screen.findByTestId('template-picker');
    const search = within(picker).getByTestId('template-search');
    await waitFor(() => expect(search).toHaveFocus());
    fireEvent.change(search, { target: { value: 'greet' } });
    await waitFor(() => expect(within(picker).getAllByTestId('template-option')).toHaveLength(1));
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(input).toHaveValue('Dear client. Hello, Maria!Thanks!'));
    expect(calls.some((c) => c.url === '/api/v1/chats/c1/templates/tp1')).toBe(true);
    expect(screen.queryByTestId('template-picker')).toBeNull();
  });
});

describe('attachments in the composer', () => {
  const pdf = () => new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });
  const big = () => new File(['x'.repeat(10)], 'video.mov', { type: 'video/quicktime' });

  it('uploads each file as a chip, says when one is too large, and sends the uploaded ones', async () => {
    const { uploads } = mockUploads((file) =>
      file.name === 'video.mov'
        ? { status: 413, body: { status: 413, title: 'Content too large', detail: 'The request body is larger than 10485760 bytes' } }
        : { status: 201, progress: [0.5, 1], body: { id: 'a1', name: file.name, size: 2048, contentType: 'application/pdf', url: '/api/v1/attachments/a1' } },
    );
    const { calls } = setup();
    await screen.findByTestId('composer-input');
    fireEvent.change(screen.getByTestId('attach-input'), { target: { files: [pdf(), big()] } });

    const chips = await screen.findAllByTestId('attachment-chip');
    expect(chips).toHaveLength(2);
    await waitFor(() => expect(chips[0]).toHaveAttribute('data-status', 'done'));
    expect(chips[0]).toHaveTextContent('invoice.pdf');
    expect(chips[0]).toHaveTextContent('2 kB');
    await waitFor(() => expect(chips[1]).toHaveAttribute('data-status', 'error'));
    expect(within(chips[1]).getByRole('alert')).toHaveTextContent('The file is too large');
    expect(uploads.map((u) => u.url)).toEqual(['/api/v1/attachments', '/api/v1/attachments']);
    expect(uploads[0].headers['x-xsrf-token']).toBe('tok');

    // A message may be files only.
    fireEvent.click(screen.getByTestId('composer-send'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ attachmentIds: ['a1'] });
    expect(screen.queryAllByTestId('attachment-chip')).toHaveLength(0);
    expect(await screen.findByTestId('message-attachment')).toHaveTextContent('invoice.pdf');
  });

  it('waits for uploads before sending, and a removed file is not sent', async () => {
    let finish!: () => void;
    mockUploads((file) =>
      file.name === 'invoice.pdf'
        ? new Promise((resolve) => {
            finish = () => resolve({ status: 201, body: { id: 'a1', name: file.name, size: 4, contentType: 'application/pdf', url: '/x' } });
          })
        : { status: 201, body: { id: 'a2', name: file.name, size: 4, contentType: 'image/png', url: '/y' } },
    );
    const { calls } = setup();
    const input = await screen.findByTestId('composer-input');
    fireEvent.change(screen.getByTestId('attach-input'), { target: { files: [pdf()] } });
    type(input, 'Here it is');
    expect(await screen.findByTestId('attachment-chip')).toHaveAttribute('data-status', 'uploading');
    expect(screen.getByTestId('composer-send')).toBeDisabled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.paste(input, { clipboardData: { files: [new File(['png'], 'paste.png', { type: 'image/png' })] } });
    await waitFor(() => expect(screen.getAllByTestId('attachment-chip')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByTestId('attachment-chip')[0]).getByTestId('attachment-remove'));
    act(() => finish());
    await waitFor(() => expect(screen.getByTestId('composer-send')).toBeEnabled());
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ text: 'Here it is', attachmentIds: ['a2'] });
  });

  it('takes files dropped on the chat window, but not in note mode, where the paperclip is hidden', async () => {
    mockUploads((file) => ({ status: 201, body: { id: 'a9', name: file.name, size: 1, contentType: 'text/plain', url: '/z' } }));
    setup();
    await screen.findByTestId('composer-input');
    const win = screen.getByTestId('chat-window');
    const dataTransfer = { types: ['Files'], files: [new File(['a'], 'notes.txt', { type: 'text/plain' })], dropEffect: 'none' };
    fireEvent.dragEnter(win, { dataTransfer });
    expect(screen.getByTestId('drop-zone')).toHaveTextContent('Drop files to attach them');
    fireEvent.drop(win, { dataTransfer });
    expect(screen.queryByTestId('drop-zone')).toBeNull();
    expect(await screen.findByTestId('attachment-chip')).toHaveTextContent('notes.txt');

    fireEvent.click(screen.getByTestId('composer-note-toggle'));
    expect(screen.queryByTestId('attach-button')).toBeNull();
    expect(screen.queryByTestId('attachment-chip')).toBeNull();
    expect(screen.getByTestId('note-banner')).toHaveTextContent('never sent to the client');
    fireEvent.dragEnter(win, { dataTransfer });
    expect(screen.getByTestId('drop-zone')).toHaveTextContent('Files cannot be added to a note');
  });
});
