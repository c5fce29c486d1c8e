import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TeamMember } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export interface UserForm {
  name: string;
  email: string;
  /** Required for a new user; empty keeps the current one. */
  password: string;
  role: 'admin' | 'operator';
  channelIds: string[];
  supervisor: boolean;
}

/** `POST /api/v1/users` (admins) → 201 the user; 409 when the e-mail is taken. */
export function createUser(form: UserForm) {
  return api<TeamMember>('/api/v1/users', { method: 'POST', body: form });
}

export type UserChange = Partial<Omit<UserForm, 'email'>>;

/** `PATCH /api/v1/users/{id}` (admins) → the user. The e-mail cannot change. */
export function updateUser(id: string, change: UserChange) {
  return api<TeamMember>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

/** Adds a user (`id` null) or changes one; an empty password and, with `keepRole` (the owner), the role stay as they are. */
export function useSaveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, form, keepRole = false }: { id: string | null; form: UserForm; keepRole?: boolean }) => {
      if (id === null) return createUser(form);
      const { email: _email, password, role, ...rest } = form;
      return updateUser(id, { ...rest, ...(keepRole ? {} : { role }), ...(password ? { password } : {}) });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.users }),
  });
}
