import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@/lib/api-client';
import type { ItemList, Template } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** The most the server gives in one page. */
export const TEMPLATES_PAGE_SIZE = 200;

/**
 * `GET /api/v1/templates?q=&limit=`: the workspace's templates and the caller's own, by title;
 * `q` finds a part of the title, the text or the shortcut.
 */
export function getTemplates(q: string, signal?: AbortSignal, cursor?: string | null) {
  return api<ItemList<Template>>('/api/v1/templates', { query: { q, limit: TEMPLATES_PAGE_SIZE, cursor }, signal });
}

export const templateSearchOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.templateSearch(q),
    queryFn: ({ signal }) => getTemplates(q, signal),
    staleTime: 60_000,
  });

/** `shortcut`: only shortcut and title count (the "/" of the composer); `all`: the text too. */
export type TemplateMatch = 'shortcut' | 'all';

function score(template: Template, needle: string, match: TemplateMatch): number {
  if (!needle) return 0;
  const shortcut = template.shortcut?.toLocaleLowerCase() ?? '';
  const title = template.title.toLocaleLowerCase();
  if (shortcut === needle) return 1;
  if (shortcut.startsWith(needle)) return 2;
  if (title.startsWith(needle)) return 3;
  if (title.includes(needle)) return 4;
  if (shortcut.includes(needle)) return 5;
  if (match === 'all' && template.text.toLocaleLowerCase().includes(needle)) return 6;
  return -1;
}

/** The templates that match what was typed (a leading "/" ignored), best first: shortcut, then title, then text. */
export function rankTemplates(templates: readonly Template[], typed: string, match: TemplateMatch = 'all'): Template[] {
  const needle = typed.trim().replace(/^\//, '').toLocaleLowerCase();
  return templates
    .map((template) => ({ template, score: score(template, needle, match) }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score || a.template.title.localeCompare(b.template.title))
    .map((entry) => entry.template);
}

/**
 * Templates for a picker, filtered as one types: the first page (200) is filtered at once in the
 * browser; only a workspace with more asks the server for each search.
 */
export function useTemplateSearch(typed: string, { enabled = true, match = 'all' as TemplateMatch } = {}) {
  const all = useQuery({ ...templateSearchOptions(''), enabled });
  const needle = typed.trim().replace(/^\//, '');
  const more = Boolean(all.data?.nextCursor);
  const searched = useQuery({ ...templateSearchOptions(needle), enabled: enabled && more && needle !== '', placeholderData: keepPreviousData });
  const source = more && needle ? (searched.data?.items ?? all.data?.items) : all.data?.items;
  const items = useMemo(() => rankTemplates(source ?? [], needle, match), [source, needle, match]);
  return {
    items,
    /** Nothing to show yet. */
    isPending: all.isPending && enabled,
    isError: all.isError,
    error: all.error,
    refetch: all.refetch,
    /** The workspace has no template the caller may use at all. */
    none: all.isSuccess && all.data.items.length === 0,
  };
}
