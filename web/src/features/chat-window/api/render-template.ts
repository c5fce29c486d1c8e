import { api } from '@/lib/api-client';
import type { Template } from '@/lib/api-types';

/** `GET /api/v1/chats/{id}/templates/{templateId}`: the template with this chat's client, operator and workspace filled in. */
export function renderTemplate(chatId: string, templateId: string): Promise<Template> {
  return api<Template>(`/api/v1/chats/${encodeURIComponent(chatId)}/templates/${encodeURIComponent(templateId)}`);
}
