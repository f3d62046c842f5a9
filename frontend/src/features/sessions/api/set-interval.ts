import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** A manager–report pair's 1:1 interval in days; null goes back to the organization's default. */
export function setOneToOneInterval(reportId: string, intervalDays: number | null) {
  return unwrap(
    api.PUT('/api/v1/one-to-ones/intervals/{reportId}', {
      params: { path: { reportId } },
      body: { intervalDays },
    }),
  );
}

export function useSetOneToOneInterval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, intervalDays }: { reportId: string; intervalDays: number | null }) =>
      setOneToOneInterval(reportId, intervalDays),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions', 'cadence'] }),
  });
}
