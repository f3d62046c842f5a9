import { ErrorBoundary } from '@/components/ui/error-boundary';
import { CompanyValuesAdmin } from '@/features/feedback/components/company-values-admin';
import { FeedbackSettingsAdmin } from '@/features/feedback/components/feedback-settings-admin';
import { PromptTemplatesAdmin } from '@/features/feedback/components/prompt-templates-admin';

export function AdminCompanyValuesRoute() {
  return (
    <ErrorBoundary title="Company values could not be shown">
      <CompanyValuesAdmin />
    </ErrorBoundary>
  );
}

export function AdminFeedbackRoute() {
  return (
    <div className="stack">
      <ErrorBoundary title="Feedback settings could not be shown">
        <FeedbackSettingsAdmin />
      </ErrorBoundary>
      <ErrorBoundary title="Feedback prompts could not be shown">
        <PromptTemplatesAdmin />
      </ErrorBoundary>
    </div>
  );
}
