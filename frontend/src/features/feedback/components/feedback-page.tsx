import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/feedback/api/get-me';
import styles from '@/features/feedback/components/feedback-card.module.css';
import { FeedbackList } from '@/features/feedback/components/feedback-list';
import { GiveFeedbackDialog } from '@/features/feedback/components/give-feedback-dialog';
import { RequestFeedbackDialog } from '@/features/feedback/components/request-feedback-dialog';
import { RequestsPanel } from '@/features/feedback/components/requests-panel';

const TABS = [
  { id: 'received', label: 'Received' },
  { id: 'given', label: 'Given' },
  { id: 'reports', label: 'About my reports', managers: true },
  { id: 'requests', label: 'Requests' },
  { id: 'all', label: 'Everyone', admins: true },
] as const;

/**
 * The Feedback area: what I received and gave, about my reports, requests to answer, and for
 * admins all of the organization's feedback (private text stays hidden: they see it exists).
 */
export function FeedbackPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'give' | 'request' | null>(null);
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  const isManager = me.data.reportCount > 0;
  const isAdmin = me.data.roles.includes('ADMIN');
  const tabs = TABS.filter(
    (tab) => (!('managers' in tab) || isManager) && (!('admins' in tab) || isAdmin),
  );
  const current = tabs.find((tab) => tab.id === params.get('tab'))?.id ?? 'received';

  return (
    <>
      <PageHeader
        title="Feedback"
        description="Say what worked and what could be better, while it still matters."
        actions={
          <div className={styles.actions}>
            <Button onClick={() => setDialog('request')}>Request feedback</Button>
            <Button variant="primary" onClick={() => setDialog('give')}>
              Give feedback
            </Button>
          </div>
        }
      />
      <div className={`tabs ${styles.tabs}`} role="tablist" aria-label="Feedback lists">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            className={tab.id === current ? 'tab active' : 'tab'}
            onClick={() => setParams({ tab: tab.id })}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <ErrorBoundary title="Feedback could not be shown">
        {current === 'received' && <FeedbackList scope="received" title="Feedback for you" />}
        {current === 'given' && <FeedbackList scope="given" title="Feedback you gave" />}
        {current === 'reports' && (
          <FeedbackList scope="about-my-reports" title="Feedback about your reports" />
        )}
        {current === 'all' && (
          <FeedbackList scope="all" title="All feedback in your organization" />
        )}
        {current === 'requests' && (
          <div className="stack">
            <RequestsPanel scope="inbox" title="Asked of you" />
            <RequestsPanel scope="sent" title="You asked" />
          </div>
        )}
      </ErrorBoundary>
      {dialog === 'give' && (
        <GiveFeedbackDialog meId={me.data.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'request' && (
        <RequestFeedbackDialog
          meId={me.data.id}
          isManager={isManager}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
