import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { refreshChatAfterTasks } from './tasks-cache';

/** `DELETE /api/v1/tasks/{id}` → 204. */
export function deleteTask(taskId: string) {
  return api<void>(`/api/v1/tasks/${encodeURIComponent(taskId)}`, { method: 'DELETE' });
}

/** Gone from the list at once; back if refused. */
export function useDeleteTask(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (taskId: string) => deleteTask(taskId),
    onMutate: async (taskId) => {
      await qc.cancelQueries({ queryKey: queryKeys.tasks(chatId) });
      const before = qc.getQueryData<Task[]>(queryKeys.tasks(chatId));
      if (before) qc.setQueryData<Task[]>(queryKeys.tasks(chatId), before.filter((t) => t.id !== taskId));
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) qc.setQueryData(queryKeys.tasks(chatId), context.before);
    },
    onSuccess: () => refreshChatAfterTasks(qc, chatId),
  });
}
