import { CHANNEL_TYPES, type Category, type ChannelType } from '@/lib/api-types';

/**
 * The filter of the chat list, as the URL, the list, the counters and the mass actions
 * share it. The names are the API's parameter names; repeatable ones are arrays.
 */
export const SOURCE_TYPES = ['message', 'comment'] as const;
export const CHAT_STATES = ['unread', 'read', 'unanswered', 'answered'] as const;
export const TASK_FILTERS = ['any', 'overdue', 'today', 'none'] as const;
export const SORTS = ['-lastActivity', 'lastActivity', '-waiting', '-price'] as const;
export const DEFAULT_SORT: ChatSort = '-lastActivity';
/** The value of `responsible` that means "nobody is responsible". */
export { NOBODY } from '@/lib/api-types';

export type SourceType = (typeof SOURCE_TYPES)[number];
export type ChatState = (typeof CHAT_STATES)[number];
export type TasksFilter = (typeof TASK_FILTERS)[number];
export type ChatSort = (typeof SORTS)[number];

export interface ChatFilter {
  channelType: ChannelType[];
  channel: string[];
  responsible: string[];
  tag: string[];
  sourceType: SourceType | null;
  state: ChatState | null;
  stage: string[];
  /** Instants (ISO-8601): last activity from (inclusive) … to (exclusive). */
  from: string | null;
  to: string | null;
  tasks: TasksFilter | null;
}

export type MultiParam = 'channelType' | 'channel' | 'responsible' | 'tag' | 'stage';
export type SingleParam = 'sourceType' | 'state' | 'tasks' | 'from' | 'to';
export type FilterParam = keyof ChatFilter;

/** Every filter parameter, in the order of the panel and of the chips. */
export const FILTER_PARAMS: readonly FilterParam[] = [
  'channelType',
  'channel',
  'responsible',
  'tag',
  'sourceType',
  'state',
  'stage',
  'from',
  'to',
  'tasks',
];
export const MULTI_PARAMS: readonly MultiParam[] = ['channelType', 'channel', 'responsible', 'tag', 'stage'];

/** Everything that decides which chats the list shows, and in which order. */
export interface ChatQuery {
  filter: ChatFilter;
  /** Client search text, as typed. */
  q: string;
  sort: ChatSort;
}

export const EMPTY_FILTER: ChatFilter = {
  channelType: [],
  channel: [],
  responsible: [],
  tag: [],
  sourceType: null,
  state: null,
  stage: [],
  from: null,
  to: null,
  tasks: null,
};

export const EMPTY_QUERY: ChatQuery = { filter: EMPTY_FILTER, q: '', sort: DEFAULT_SORT };

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function instant(value: string | null): string | null {
  return value && !Number.isNaN(Date.parse(value)) && value.includes('T') ? value : null;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** Reads the URL's query string; unknown values are dropped rather than sent to the server. */
export function parseChatQuery(params: URLSearchParams): ChatQuery {
  const filter: ChatFilter = {
    channelType: distinct(params.getAll('channelType')).filter((t): t is ChannelType =>
      (CHANNEL_TYPES as readonly string[]).includes(t),
    ),
    channel: distinct(params.getAll('channel')),
    responsible: distinct(params.getAll('responsible')),
    tag: distinct(params.getAll('tag')),
    sourceType: oneOf(SOURCE_TYPES, params.get('sourceType')),
    state: oneOf(CHAT_STATES, params.get('state')),
    stage: distinct(params.getAll('stage')),
    from: instant(params.get('from')),
    to: instant(params.get('to')),
    tasks: oneOf(TASK_FILTERS, params.get('tasks')),
  };
  return { filter, q: params.get('q') ?? '', sort: oneOf(SORTS, params.get('sort')) ?? DEFAULT_SORT };
}

/** The query's parameters in a fixed order (filters, `q`, then `sort` unless it is the default). */
export function chatQueryEntries(query: ChatQuery, { sorted = false } = {}): [string, string][] {
  const entries: [string, string][] = [];
  for (const param of FILTER_PARAMS) {
    const value = query.filter[param];
    if (Array.isArray(value)) {
      const values = sorted ? [...value].sort() : value;
      for (const one of values) entries.push([param, one]);
    } else if (value) {
      entries.push([param, value as string]);
    }
  }
  if (query.q.trim()) entries.push(['q', sorted ? query.q.trim() : query.q]);
  if (query.sort !== DEFAULT_SORT) entries.push(['sort', query.sort]);
  return entries;
}

/**
 * Writes the query into a URL query string, keeping any other parameters of `base`
 * (so the filter can live beside unrelated ones).
 */
export function serializeChatQuery(query: ChatQuery, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  if (base) {
    for (const [key, value] of base) {
      if (!(FILTER_PARAMS as readonly string[]).includes(key) && key !== 'q' && key !== 'sort') params.append(key, value);
    }
  }
  for (const [key, value] of chatQueryEntries(query)) params.append(key, value);
  return params;
}

/** A canonical string of the query: the same chats in the same order give the same key ('' = no filter). */
export function chatQueryKey(query: ChatQuery): string {
  return new URLSearchParams(chatQueryEntries(query, { sorted: true })).toString();
}

/** The parameters of `GET /api/v1/chats` and `/chats/counts` (arrays repeat the parameter). */
export function chatQueryParams(query: ChatQuery): Record<string, string | string[] | null> {
  const { filter } = query;
  return {
    ...filter,
    q: query.q.trim() || null,
    sort: query.sort === DEFAULT_SORT ? null : query.sort,
  };
}

export type BulkFilter = Omit<ChatFilter, 'sourceType' | 'state' | 'from' | 'to' | 'tasks'> &
  Partial<Pick<ChatFilter, 'sourceType' | 'state' | 'from' | 'to' | 'tasks'>> & { category: Category; q?: string };

/** The `filter` of `POST /api/v1/chats/bulk`: the list's filter with the tab's category, arrays for the repeatable ones. */
export function bulkFilter(query: ChatQuery, category: Category): BulkFilter {
  const { filter } = query;
  const body: BulkFilter = {
    category,
    channelType: filter.channelType,
    channel: filter.channel,
    responsible: filter.responsible,
    tag: filter.tag,
    stage: filter.stage,
  };
  for (const key of ['sourceType', 'state', 'from', 'to', 'tasks'] as const) {
    if (filter[key]) Object.assign(body, { [key]: filter[key] });
  }
  if (query.q.trim()) body.q = query.q.trim();
  return body;
}

/** The filter parameters that are set, in panel order. */
export function activeParams(filter: ChatFilter): FilterParam[] {
  return FILTER_PARAMS.filter((param) => {
    const value = filter[param];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

export function hasFilter(filter: ChatFilter): boolean {
  return activeParams(filter).length > 0;
}

/** The filter without one parameter (a chip's cross). */
export function clearParam(filter: ChatFilter, param: FilterParam): ChatFilter {
  return { ...filter, [param]: EMPTY_FILTER[param] };
}

/** Adds or removes one value of a repeatable parameter. */
export function toggleValue(filter: ChatFilter, param: MultiParam, value: string): ChatFilter {
  const values = filter[param] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...filter, [param]: next };
}
