import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '@/features/sessions/api/get-calendar-feed';
import { toFormErrors } from '@/lib/problem';

/** The caller's secret ICS feed URL: create (shown once), replace, revoke. */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const error = create.error ?? revoke.error;
  const active = feed.data?.active ?? false;

  return (
    <Card title="Calendar feed">
      <div className="stack-sm">
        <FormAlert message={error ? toFormErrors(error).detail : null} />
        <p className="muted small">
          Subscribe to your sessions from Google Calendar or Outlook with a secret link. Anyone with
          the link can read your schedule (not your agendas or notes): revoke it if it leaks.
        </p>
        {url && (
          <div>
            <label className="field-label" htmlFor="calendar-feed-url">
              Your feed link (shown once)
            </label>
            <input id="calendar-feed-url" className="input" readOnly value={url} />
          </div>
        )}
        <div className="button-row">
          <Button
            size="sm"
            busy={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: (f) => setUrl(f.url ?? null) })}
          >
            {active ? 'Replace link' : 'Create link'}
          </Button>
          {active && (
            <Button
              size="sm"
              variant="danger"
              busy={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(null) })}
            >
              Revoke link
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
