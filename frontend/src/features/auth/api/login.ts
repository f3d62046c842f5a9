import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type LoginRequest = RequestBody<'/api/v1/auth/login', 'post'>;
export type LoginResponse = ResponseBody<'/api/v1/auth/login', 'post'>;

export function login(body: LoginRequest): Promise<LoginResponse> {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
