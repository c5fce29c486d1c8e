import { describe, expect, it } from 'vitest';
import {
  bulkFilter,
  chatQueryKey,
  chatQueryParams,
  clearParam,
  EMPTY_QUERY,
  hasFilter,
  parseChatQuery,
  serializeChatQuery,
  toggleValue,
} from './chat-filter';

const url = 'channelType=telegram&channelType=vk&channel=ch1&responsible=none&responsible=u2&tag=t1&tag=t2&sourceType=comment&state=unanswered&stage=s1&from=2026-11-01T21%3A00%3A00Z&to=2026-11-05T21%3A00%3A00Z&tasks=overdue&q=anna&sort=-waiting';

describe('the chat filter in the URL', () => {
  it('reads every filter, repeatable ones as arrays, and writes the same query string back', () => {
    const query = parseChatQuery(new URLSearchParams(url));
    expect(query).toEqual({
      filter: {
        channelType: ['telegram', 'vk'],
        channel: ['ch1'],
        responsible: ['none', 'u2'],
        tag: ['t1', 't2'],
        sourceType: 'comment',
        state: 'unanswered',
        stage: ['s1'],
        from: '2026-11-01T21:00:00Z',
        to: '2026-11-05T21:00:00Z',
        tasks: 'overdue',
      },
      q: 'anna',
      sort: '-waiting',
    });
    expect(serializeChatQuery(query).toString()).toBe(url);
    expect(parseChatQuery(serializeChatQuery(query))).toEqual(query);
  });

  it('leaves out defaults and drops unknown values instead of sending them', () => {
    const query = parseChatQuery(new URLSearchParams('channelType=fax&channelType=telegram&channelType=telegram&state=maybe&sort=random&from=yesterday&tag='));
    expect(query.filter.channelType).toEqual(['telegram']);
    expect(query.filter.state).toBeNull();
    expect(query.filter.from).toBeNull();
    expect(query.filter.tag).toEqual([]);
    expect(query.sort).toBe('-lastActivity');
    expect(serializeChatQuery(query).toString()).toBe('channelType=telegram');
    expect(serializeChatQuery(EMPTY_QUERY).toString()).toBe('');
  });

  it('keeps unrelated parameters of the URL', () => {
    const params = serializeChatQuery({ ...EMPTY_QUERY, q: 'x' }, new URLSearchParams('debug=1&q=old&tag=t9'));
    expect(params.toString()).toBe('debug=1&q=x');
  });

  it('has one cache key per set of chats, whatever the order of the values', () => {
    const a = parseChatQuery(new URLSearchParams('tag=b&tag=a&q=%20anna%20'));
    const b = parseChatQuery(new URLSearchParams('tag=a&tag=b&q=anna'));
    expect(chatQueryKey(a)).toBe(chatQueryKey(b));
    expect(chatQueryKey(EMPTY_QUERY)).toBe('');
  });

  it('gives the list parameters and the mass-action filter with the tab category', () => {
    const query = parseChatQuery(new URLSearchParams('channelType=telegram&responsible=none&state=unread&q=%20anna%20'));
    expect(chatQueryParams(query)).toMatchObject({ channelType: ['telegram'], responsible: ['none'], state: 'unread', q: 'anna', sort: null });
    expect(bulkFilter(query, 'accepted')).toEqual({
      category: 'accepted',
      channelType: ['telegram'],
      channel: [],
      responsible: ['none'],
      tag: [],
      stage: [],
      state: 'unread',
      q: 'anna',
    });
  });

  it('clears one filter, toggles values', () => {
    const query = parseChatQuery(new URLSearchParams(url));
    const withoutTags = clearParam(query.filter, 'tag');
    expect(withoutTags.tag).toEqual([]);
    expect(withoutTags.channelType).toEqual(['telegram', 'vk']);
    expect(toggleValue(query.filter, 'tag', 't1').tag).toEqual(['t2']);
    expect(toggleValue(query.filter, 'tag', 't3').tag).toEqual(['t1', 't2', 't3']);
    expect(hasFilter(EMPTY_QUERY.filter)).toBe(false);
    expect(hasFilter(clearParam(EMPTY_QUERY.filter, 'tasks'))).toBe(false);
  });
});
