import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { message } from '@/test/fixtures';
import { renderWithProviders } from '@/test/utils';
import { EventLine } from './EventLine';
import { MessageBubble } from './MessageBubble';

describe('MessageBubble', () => {
  it('shows a failed outbound message with the reason and a Retry button', () => {
    const onRetry = vi.fn();
    const failed = message({ id: 'm2', direction: 'out', status: 'failed', error: 'Bot was blocked by the user', text: 'Hi' });
    renderWithProviders(<MessageBubble message={failed} showAuthor={false} onRetry={onRetry} />);
    const el = screen.getByTestId('message');
    expect(el).toHaveAttribute('data-direction', 'out');
    expect(el).toHaveAttribute('data-status', 'failed');
    expect(screen.getByRole('alert')).toHaveTextContent('Not delivered: Bot was blocked by the user');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(failed);
  });

  it('labels delivery statuses', () => {
    const { rerender } = renderWithProviders(<MessageBubble message={message({ direction: 'out', status: 'read' })} showAuthor={false} />);
    expect(screen.getByTestId('message-status')).toHaveAttribute('title', 'Read');
    rerender(<MessageBubble message={message({ direction: 'out', status: 'queued' })} showAuthor={false} />);
    expect(screen.getByTestId('message-status')).toHaveAttribute('title', 'Queued');
  });

  it('shows text as text (never HTML) and turns URLs into links', () => {
    renderWithProviders(
      <MessageBubble message={message({ text: '<b>bold</b> see https://example.com/x' })} showAuthor={false} />,
    );
    expect(screen.getByText('<b>bold</b> see', { exact: false })).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://example.com/x' })).toHaveAttribute('href', 'https://example.com/x');
  });

  it('shows an e-mail as the HTML the server sanitised, its links opening apart', () => {
    renderWithProviders(
      <MessageBubble
        message={message({
          text: 'Hello, roses please.',
          html: '<p>Hello, <b>roses</b> please.</p><a href="https://fialka.ru" target="_blank" rel="noopener noreferrer nofollow">site</a>',
        })}
        showAuthor={false}
      />,
    );
    expect(screen.getByTestId('message-html').querySelector('b')).toHaveTextContent('roses');
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('marks notes as internal', () => {
    renderWithProviders(<MessageBubble message={message({ direction: 'note', text: 'VIP client' })} showAuthor={false} />);
    expect(screen.getByText('Note')).toBeInTheDocument();
    expect(screen.getByTestId('message')).toHaveAttribute('data-direction', 'note');
  });

  it('shows image attachments as previews and files as links with size', () => {
    renderWithProviders(
      <MessageBubble
        message={message({
          text: null,
          attachments: [
            { id: 'a1', name: 'photo.jpg', size: 1000, contentType: 'image/jpeg', url: '/api/v1/attachments/a1' },
            { id: 'a2', name: 'invoice.pdf', size: 2048, contentType: 'application/pdf', url: '/api/v1/attachments/a2' },
          ],
        })}
        showAuthor={false}
      />,
    );
    expect(screen.getByRole('img', { name: 'photo.jpg' })).toHaveAttribute('src', '/api/v1/attachments/a1');
    const file = screen.getByRole('link', { name: 'Open invoice.pdf' });
    expect(file).toHaveAttribute('href', '/api/v1/attachments/a2');
    expect(file).toHaveTextContent('2 kB');
  });
});

describe('EventLine', () => {
  it('words the event from its kind and actor in the active language', () => {
    const event = message({ direction: 'event', text: 'server text', event: { kind: 'accepted', actor: { id: 'u', name: 'Oleg' } } });
    renderWithProviders(<EventLine message={event} />, { locale: 'ru' });
    expect(screen.getByTestId('message')).toHaveTextContent('Oleg принял(а) чат');
  });

  it('names the stage of a stage change', () => {
    const event = message({ direction: 'event', text: 'x', event: { kind: 'stage_changed', actor: { id: 'u', name: 'Anna' }, subject: 'Paid' } });
    renderWithProviders(<EventLine message={event} />);
    expect(screen.getByTestId('message')).toHaveTextContent('Anna moved the chat to the stage “Paid”');
  });

  it('falls back to the server text for unknown kinds', () => {
    renderWithProviders(<EventLine message={message({ direction: 'event', text: 'Something happened', event: null })} />);
    expect(screen.getByTestId('message')).toHaveTextContent('Something happened');
  });
});
