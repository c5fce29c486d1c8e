import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { webhooksQueryOptions } from '@/api/get-webhooks';
import { api } from '@/lib/api-client';
import type { ItemList, Webhook, WebhookDelivery, WebhookEvent } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export const WEBHOOK_EVENTS: WebhookEvent[] = ['chat.created', 'chat.updated', 'message.created', 'message.updated'];

/** `GET /api/v1/webhooks` (admins), refreshed while the screen is open: a failing one shows it. */
export function useWebhooks() {
  return useQuery({ ...webhooksQueryOptions(), refetchInterval: 10_000 });
}

/** `POST /api/v1/webhooks` `{url, events}` → 201 with the secret, shown once. */
export function useCreateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { url: string; events: WebhookEvent[] }) => api<Webhook>('/api/v1/webhooks', { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** `DELETE /api/v1/webhooks/{id}` → 204. */
export function useDeleteWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** `POST /api/v1/webhooks/{id}/enable`: a webhook disabled after a day of failures takes events again. */
export function useEnableWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Webhook>(`/api/v1/webhooks/${encodeURIComponent(id)}/enable`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** `GET /api/v1/webhooks/{id}/deliveries`: the log, newest first, page by page. */
export function useWebhookDeliveries(webhookId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.webhookDeliveries(webhookId),
    queryFn: ({ pageParam, signal }) =>
      api<ItemList<WebhookDelivery>>(`/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries`, {
        query: { cursor: pageParam, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 10_000,
  });
}
