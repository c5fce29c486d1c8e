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
});
