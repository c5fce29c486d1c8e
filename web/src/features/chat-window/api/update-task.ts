import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { refreshChatAfterTasks } from './tasks-cache';

export interface TaskChange {
  done?: boolean;
  text?: string;
  dueAt?: string;
  assigneeId?: string;
}

/** `PATCH /api/v1/tasks/{id}` → the task. */
export function updateTask(taskId: string, change: TaskChange) {
  return api<Task>(`/api/v1/tasks/${encodeURIComponent(taskId)}`, { method: 'PATCH', body: change });
}

/** Ticks, edits: shown at once, rolled back when refused. */
export function useUpdateTask(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: TaskChange }) => updateTask(id, change),
    onMutate: async ({ id, change }) => {
      await qc.cancelQueries({ queryKey: queryKeys.tasks(chatId) });
      const before = qc.getQueryData<Task[]>(queryKeys.tasks(chatId));
      const { assigneeId: _assignee, ...visible } = change;
      if (before) qc.setQueryData<Task[]>(queryKeys.tasks(chatId), before.map((t) => (t.id === id ? { ...t, ...visible } : t)));
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) qc.setQueryData(queryKeys.tasks(chatId), context.before);
    },
    onSuccess: (task) => {
      if (task?.id) qc.setQueryData<Task[]>(queryKeys.tasks(chatId), (old) => old?.map((t) => (t.id === task.id ? task : t)));
      refreshChatAfterTasks(qc, chatId);
    },
  });
}
