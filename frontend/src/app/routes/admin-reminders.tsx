import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ReminderRulesAdmin } from '@/features/admin/components/reminder-rules-admin';

export function AdminRemindersRoute() {
  return (
    <ErrorBoundary title="Reminder rules could not be shown">
      <ReminderRulesAdmin />
    </ErrorBoundary>
  );
}
