import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export interface SignInInput {
  email: string;
  password: string;
}

/** `POST /api/v1/session`: 200 `{user, workspace}` plus the session cookie. */
export function signIn(input: SignInInput): Promise<Me> {
  return api<Me>('/api/v1/session', { method: 'POST', body: input });
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      qc.setQueryData(queryKeys.me, me);
    },
  });
}
