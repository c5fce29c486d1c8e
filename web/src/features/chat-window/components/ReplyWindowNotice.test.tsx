import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/utils';
import { ReplyWindowNotice } from './ReplyWindowNotice';

describe('ReplyWindowNotice', () => {
  it('says that only an approved template goes through once the window has closed', () => {
    renderWithProviders(<ReplyWindowNotice window={{ closesAt: '2026-11-24T10:00:00Z', open: false }} />);
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent('The 24-hour window is closed.');
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent('only a template');
  });

  it('shows nothing while the window is open or where the platform has none', () => {
    const { rerender } = renderWithProviders(<ReplyWindowNotice window={{ closesAt: '2026-11-26T10:00:00Z', open: true }} />);
    expect(screen.queryByTestId('reply-window-closed')).toBeNull();
    rerender(<ReplyWindowNotice window={null} />);
    expect(screen.queryByTestId('reply-window-closed')).toBeNull();
  });

  it('on Instagram after a day says answers still go as a person\'s until the week ends', () => {
    renderWithProviders(
      <ReplyWindowNotice
        channelType="instagram"
        window={{ closesAt: '2026-11-24T10:00:00Z', open: true, tagged: true, taggedUntil: '2026-11-30T10:00:00Z' }}
      />,
    );
    const notice = screen.getByTestId('reply-window-tagged');
    expect(notice).toHaveTextContent('The 24-hour window has closed.');
    expect(notice).toHaveTextContent('Human Agent');
    expect(notice).toHaveTextContent('30');
    expect(screen.queryByTestId('reply-window-closed')).toBeNull();
  });

  it('after the week says the client has to write again and offers no template', () => {
    renderWithProviders(
      <ReplyWindowNotice
        channelType="facebook"
        window={{ closesAt: '2026-11-10T10:00:00Z', open: false, tagged: false, taggedUntil: '2026-11-16T10:00:00Z' }}
      />,
    );
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent('The 7-day window is closed.');
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent('Facebook lets a business answer within 7 days');
    expect(screen.queryByTestId('platform-template-button')).toBeNull();
  });
});
