import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { PlatformTemplateDialog } from './PlatformTemplateDialog';

function render(answer: { status?: number; body?: unknown }, locale: 'en' | 'ru' = 'en') {
  mockFetch({ 'GET /api/v1/channels/ch2/platform-templates': () => answer });
  const onSubmit = vi.fn();
  renderWithProviders(<PlatformTemplateDialog channelId="ch2" onClose={() => {}} onSubmit={onSubmit} submitLabel="Go" />, { locale });
  return { onSubmit, dialog: screen.getByTestId('platform-template-dialog') };
}

describe('PlatformTemplateDialog', () => {
  it('shows why a channel has no approved templates (the 422 detail)', async () => {
    const { dialog } = render({ status: 422, body: { status: 422, title: 'Unprocessable', detail: 'The channel has no WhatsApp business account set' } });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The channel has no WhatsApp business account set');
    expect(within(dialog).queryByTestId('platform-template-option')).toBeNull();
  });

  it('says so when the platform approved none', async () => {
    const { dialog } = render({ body: { items: [], nextCursor: null } });
    expect(await within(dialog).findByTestId('platform-template-empty')).toHaveTextContent('no approved templates');
  });

  it('labels the values in Russian and hands back the values in order with the filled-in body', async () => {
    const { dialog, onSubmit } = render(
      { body: { items: [{ name: 'reminder', language: 'ru', category: 'UTILITY', text: '{{2}}, напоминаем о {{1}}', params: 2 }], nextCursor: null } },
      'ru',
    );
    fireEvent.click(await within(dialog).findByTestId('platform-template-option'));
    fireEvent.change(within(dialog).getByLabelText('Значение {{1}}'), { target: { value: 'записи' } });
    fireEvent.change(within(dialog).getByLabelText('Значение {{2}}'), { target: { value: ' Мария ' } });
    fireEvent.click(screen.getByTestId('platform-template-send'));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'reminder', language: 'ru', params: ['записи', 'Мария'] }, 'Мария, напоминаем о записи');
  });
});
