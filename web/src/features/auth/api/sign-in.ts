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
      // Nothing cached for an earlier session (e.g. one that ended with a 401) may show to this user.
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      qc.setQueryData(queryKeys.me, me);
    },
  });
}
