import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Template } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export interface TemplateForm {
  title: string;
  text: string;
  /** Without or with its "/"; '' for none. */
  shortcut: string;
  personal: boolean;
}

/** `POST /api/v1/templates` → 201; workspace templates only for owners and admins (403); 409 when the shortcut is taken. */
export function createTemplate({ shortcut, ...form }: TemplateForm) {
  return api<Template>('/api/v1/templates', { method: 'POST', body: shortcut ? { ...form, shortcut } : form });
}

/** `PATCH /api/v1/templates/{id}` → the template; `shortcut: ""` clears it. Whether it is personal cannot change. */
export function updateTemplate(id: string, { title, text, shortcut }: TemplateForm) {
  return api<Template>(`/api/v1/templates/${encodeURIComponent(id)}`, { method: 'PATCH', body: { title, text, shortcut } });
}

/** Adds a template (`id` null) or changes one; every cached template list refreshes (pickers too). */
export function useSaveTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, form }: { id: string | null; form: TemplateForm }) => (id === null ? createTemplate(form) : updateTemplate(id, form)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.templates }),
  });
}
