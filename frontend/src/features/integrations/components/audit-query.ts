import { z } from 'zod';
import type { AuditQuery } from '@/features/integrations/api/audit-events';
import { addDays, zonedToInstant } from '@/lib/format-date';

export const filterSchema = z
  .object({
    actorId: z.string(),
    resourceType: z.string(),
    action: z.string().trim().max(100, 'Use at most 100 characters.'),
    from: z.string(),
    to: z.string(),
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, {
    path: ['to'],
    message: 'The last day must be on or after the first.',
  });

export type AuditFilterValues = z.output<typeof filterSchema>;

export const NO_FILTERS: AuditFilterValues = {
  actorId: '',
  resourceType: '',
  action: '',
  from: '',
  to: '',
};

/** Days in the viewer's zone as the API's instants: from the first day's start to after the last. */
export function toAuditQuery(filters: AuditFilterValues): AuditQuery {
  return {
    actorId: filters.actorId || undefined,
    resourceType: filters.resourceType || undefined,
    action: filters.action || undefined,
    from: filters.from ? zonedToInstant(filters.from, '00:00').toISOString() : undefined,
    to: filters.to ? zonedToInstant(addDays(filters.to, 1), '00:00').toISOString() : undefined,
  };
}
