import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { me } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { SignInPage } from './SignInPage';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByTestId('signin-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('signin-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('signin-submit'));
}

describe('SignInPage', () => {
  it('says "Wrong e-mail or password" on 401', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch({ 'POST /api/v1/session': () => ({ status: 401, body: { status: 401, title: 'Unauthorized' } }) });
    renderWithProviders(<SignInPage />, { me: null });
    fill('anna@example.com', 'nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail or password');
  });

  it('says so on too many attempts', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch({ 'POST /api/v1/session': () => ({ status: 429, body: { status: 429, title: 'Too Many Requests' } }) });
    renderWithProviders(<SignInPage />, { me: null, locale: 'ru' });
    fill('anna@example.com', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('Слишком много попыток');
  });

  it('shows the server detail of other errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch({ 'POST /api/v1/session': () => ({ status: 403, body: { status: 403, title: 'Forbidden', detail: 'Your account is disabled' } }) });
    renderWithProviders(<SignInPage />, { me: null });
    fill('anna@example.com', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is disabled');
  });

  it('signs in with the e-mail and password, stores the session and drops data cached for an earlier one', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = mockFetch({ 'POST /api/v1/session': () => ({ body: me }) });
    const { client } = renderWithProviders(<SignInPage />, { me: null });
    // Left over from an earlier session that ended with a 401 in this browser.
    client.setQueryData(queryKeys.chatList('new'), { pages: [{ items: [{ id: 'someone-elses-chat' }], nextCursor: null }], pageParams: [null] });
    client.setQueryData(queryKeys.messages('someone-elses-chat'), { pages: [], pageParams: [] });
    fill(' anna@example.com ', 'secret');
    await screen.findByTestId('signin-submit');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls[0].body).toEqual({ email: 'anna@example.com', password: 'secret' });
    expect(calls[0].headers['x-xsrf-token']).toBe('t');
    await vi.waitFor(() => expect(client.getQueryData(queryKeys.me)).toEqual(me));
    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([queryKeys.me]);
  });
});
