import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type ReminderRule = ResponseBody<'/api/v1/reminder-rules', 'get'>[number];
export type ReminderRuleRequest = RequestBody<'/api/v1/reminder-rules', 'post'>;
export type UpdateReminderRuleRequest = RequestBody<'/api/v1/reminder-rules/{id}', 'put'>;
export type ReminderTrigger = ReminderRule['trigger'];

const reminderRuleKeys = { all: ['reminder-rules'] as const };

export function getReminderRules(): Promise<ReminderRule[]> {
  return unwrap(api.GET('/api/v1/reminder-rules'));
}

export const reminderRulesQueryOptions = () =>
  queryOptions({ queryKey: reminderRuleKeys.all, queryFn: getReminderRules });

export function useReminderRules() {
  return useQuery(reminderRulesQueryOptions());
}

/** Adds a rule, or (with its id) changes it: a change sends the version that was read. */
export function saveReminderRule({
  id,
  body,
}: {
  id?: string;
  body: ReminderRuleRequest & { version?: number | null };
}) {
  if (!id) return unwrap(api.POST('/api/v1/reminder-rules', { body }));
  const update = { ...body, version: body.version ?? 0 } as UpdateReminderRuleRequest;
  return unwrap(api.PUT('/api/v1/reminder-rules/{id}', { params: { path: { id } }, body: update }));
}

export function deleteReminderRule(id: string) {
  return unwrap(api.DELETE('/api/v1/reminder-rules/{id}', { params: { path: { id } } }));
}

function useInvalidateRules() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reminderRuleKeys.all });
}

export function useSaveReminderRule() {
  const onSuccess = useInvalidateRules();
  return useMutation({ mutationFn: saveReminderRule, onSuccess });
}

export function useDeleteReminderRule() {
  const onSuccess = useInvalidateRules();
  return useMutation({ mutationFn: deleteReminderRule, onSuccess });
}
