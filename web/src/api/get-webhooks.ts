import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, Webhook } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/webhooks` (admins). Shared by the webhooks settings and the admins' notices. */
export const webhooksQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.webhooks,
    queryFn: ({ signal }) => api<ItemList<Webhook>>('/api/v1/webhooks', { signal }).then((a) => a.items),
  });
