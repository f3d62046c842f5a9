import { formatDateTime } from '@/lib/format-date';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A recorded value as a person reads it: times in the viewer's zone, lists split, empty as "—". */
export function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && INSTANT.test(value)) return formatDateTime(value);
  if (typeof value === 'string') return value.replaceAll(',', ', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
