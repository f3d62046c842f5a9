import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type SignUpRequest = RequestBody<'/api/v1/organizations', 'post'>;
export type ChangePasswordRequest = RequestBody<'/api/v1/auth/password', 'post'>;
export type PasswordResetRequest = RequestBody<'/api/v1/auth/password-reset', 'post'>;
export type SetPasswordRequest = RequestBody<'/api/v1/auth/set-password', 'post'>;
export type LinkInfo = ResponseBody<'/api/v1/auth/links/inspect', 'post'>;

const done = () => undefined;

export function signUp(body: SignUpRequest): Promise<void> {
  return unwrap(api.POST('/api/v1/organizations', { body })).then(done);
}

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/password', { body })).then(done);
}

export function requestPasswordReset(body: PasswordResetRequest): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/password-reset', { body })).then(done);
}

export function setPassword(body: SetPasswordRequest): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/set-password', { body })).then(done);
}

export function verifyEmail(token: string): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } })).then(done);
}

export function resendVerification(email: string): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/verify-email/resend', { body: { email } })).then(done);
}

export function inspectLink(token: string): Promise<LinkInfo> {
  return unwrap(api.POST('/api/v1/auth/links/inspect', { body: { token } }));
}

/** Whom an e-mailed link is for; read once (the answer does not change while the page is open). */
export const linkInfoQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['auth-link', token],
    queryFn: () => inspectLink(token),
    staleTime: Infinity,
    retry: false,
  });

export function useLinkInfo(token: string) {
  return useQuery({ ...linkInfoQueryOptions(token), enabled: token.length > 0 });
}

export function useSignUp() {
  return useMutation({ mutationFn: signUp });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
