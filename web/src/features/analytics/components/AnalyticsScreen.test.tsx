import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import type { FunnelReport, NewChatsReport, ResponseTimeReport } from '../api/analytics';
import { AnalyticsScreen } from './AnalyticsScreen';

const funnel: FunnelReport = {
  from: '', to: '',
  stages: [
    { id: 's1', name: 'New lead', group: 'active', entered: 40, wentOn: 30, conversion: 0.75, current: 12 },
    { id: 's2', name: 'Negotiation', group: 'active', entered: 20, wentOn: 10, conversion: 0.5, current: 8 },
    { id: 's3', name: 'Won', group: 'success', entered: 10, wentOn: 0, conversion: 0, current: 10 },
    { id: 's4', name: 'Qualified', group: 'active', entered: 0, wentOn: 0, conversion: null, current: 0 },
  ],
  moves: [],
};
const byUser: ResponseTimeReport = {
  groupBy: 'user',
  total: { id: null, name: null, count: 6, medianSeconds: 25, p90Seconds: 70 },
  items: [
    { id: 'u1', name: 'Anna', count: 5, medianSeconds: 30, p90Seconds: 76 },
    { id: null, name: null, count: 1, medianSeconds: 5, p90Seconds: 5 },
  ],
};
const byChannel: ResponseTimeReport = { ...byUser, groupBy: 'channel', items: [{ id: 'c1', name: 'Shop bot', count: 6, medianSeconds: 25, p90Seconds: 70 }] };
const newChats: NewChatsReport = {
  timezone: 'Europe/Moscow',
  items: [],
};

function setup(answers: { newChats?: NewChatsReport; fail?: boolean } = {}) {
  return mockFetch({
    'GET /api/v1/analytics/funnel': () => (answers.fail ? { status: 500, body: { detail: 'Boom' } } : { body: funnel }),
    'GET /api/v1/analytics/response-times': (call) => ({ body: call.url.includes('groupBy=channel') ? byChannel : byUser }),
    'GET /api/v1/analytics/new-chats': () => ({ body: answers.newChats ?? newChats }),
  });
}

describe('the analytics screen', () => {
  it('shows the funnel with each stage\'s chats and conversion, and the response times per operator or channel', async () => {
    const { calls } = setup();
    renderWithProviders(<AnalyticsScreen />, { me: admin });
    const stages = await screen.findAllByTestId('funnel-stage');
    expect(stages.map((s) => s.textContent)).toEqual(['New lead4075%12', 'Negotiation2050%8', 'Won100%10', 'Qualified0—0']);

    const rows = await screen.findAllByTestId('response-row');
    expect(rows[0]).toHaveTextContent('Anna530s1m 16s');
    expect(rows[1]).toHaveTextContent('Through the API');
    expect(screen.getByTestId('response-total')).toHaveTextContent('All625s1m 10s');
    fireEvent.click(screen.getByTestId('analytics-by-channel'));
    await waitFor(() => expect(screen.getAllByTestId('response-row')[0]).toHaveTextContent('Shop bot'));

    // the period is whole days of the workspace's time zone: 30 of them by default
    const first = calls.find((c) => c.url.includes('/analytics/funnel'))!;
    const params = new URL(first.url, 'http://x').searchParams;
    const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000;
    expect(days).toBe(30);
    expect(params.get('from')).toMatch(/T21:00:00Z$/); // Moscow's midnight
    fireEvent.click(screen.getByTestId('analytics-period-7'));
    await waitFor(() => expect(calls.filter((c) => c.url.includes('/analytics/funnel'))).toHaveLength(2));
  });

  it('draws new chats per day stacked by channel, with every day of the period present', async () => {
    setup({
      newChats: {
        timezone: 'Europe/Moscow',
        items: [
          { day: new Date().toISOString().slice(0, 10), channelId: 'c1', channel: 'Shop bot', type: 'telegram', chats: 3 },
          { day: new Date().toISOString().slice(0, 10), channelId: 'c2', channel: 'Mailbox', type: 'email', chats: 1 },
        ],
      },
    });
    renderWithProviders(<AnalyticsScreen />, { me: admin });
    const chart = await screen.findByTestId('new-chats-chart');
    expect(within(chart).getAllByTestId('new-chats-day')).toHaveLength(30);
    expect(within(chart).getByRole('list')).toHaveTextContent('Shop botMailbox');
  });

  it('says when a period is empty, and offers a retry when the figures could not be loaded', async () => {
    setup({ fail: true });
    renderWithProviders(<AnalyticsScreen />, { me: admin });
    expect(await screen.findByText('The figures could not be loaded')).toBeInTheDocument();
    expect(await screen.findByText('Nothing in this period')).toBeInTheDocument();
  });
});
