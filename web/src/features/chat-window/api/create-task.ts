import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { refreshChatAfterTasks, sortTasks } from './tasks-cache';

export interface NewTask {
  text: string;
  dueAt: string;
  assigneeId?: string | null;
}

/** `POST /api/v1/chats/{id}/tasks` → 201 the task (assigned to the caller unless said otherwise). */
export function createTask(chatId: string, task: NewTask) {
  return api<Task>(`/api/v1/chats/${encodeURIComponent(chatId)}/tasks`, { method: 'POST', body: task });
}

export function useCreateTask(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (task: NewTask) => createTask(chatId, task),
    onSuccess: (task) => {
      if (task?.id) qc.setQueryData<Task[]>(queryKeys.tasks(chatId), (old) => sortTasks([...(old ?? []).filter((t) => t.id !== task.id), task]));
      refreshChatAfterTasks(qc, chatId);
    },
  });
}
