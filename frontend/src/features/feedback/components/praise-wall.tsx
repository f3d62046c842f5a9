import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useCompanyValues,
  usePeopleOptions,
  useTeamOptions,
} from '@/features/feedback/api/get-feedback-options';
import { useMe } from '@/features/feedback/api/get-me';
import { usePraise, type WallFilter } from '@/features/feedback/api/get-praise';
import { FeedbackCard } from '@/features/feedback/components/feedback-card';
import { GiveFeedbackDialog } from '@/features/feedback/components/give-feedback-dialog';
import styles from '@/features/feedback/components/praise.module.css';
import { ReactionsBar } from '@/features/feedback/components/reactions-bar';
import { isApiError } from '@/lib/problem';

/** The praise wall: public praise, filtered by team, value or person, with reactions. */
export function PraiseWall() {
  const me = useMe();
  const teams = useTeamOptions();
  const values = useCompanyValues();
  const people = usePeopleOptions();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<WallFilter>(() => ({
    personId: params.get('personId') ?? undefined,
    valueId: params.get('valueId') ?? undefined,
    teamId: params.get('teamId') ?? undefined,
  }));
  const [page, setPage] = useState(0);
  const [giving, setGiving] = useState(false);
  const praise = usePraise(filter, page);
  const switchedOff = isApiError(praise.error) && praise.error.status === 403;
  const change = (key: keyof WallFilter, value: string) => {
    setFilter((current) => ({ ...current, [key]: value || undefined }));
    setPage(0);
  };

  return (
    <>
      <PageHeader
        title="Praise"
        description="Thank people in public, and say which of our values they lived."
        actions={
          !switchedOff && (
            <Button variant="primary" disabled={!me.data} onClick={() => setGiving(true)}>
              Give praise
            </Button>
          )
        }
      />
      {switchedOff ? (
        <EmptyState title="Public praise is switched off">
          Your organization does not use the praise wall. You can still give feedback.
        </EmptyState>
      ) : (
        <Card>
          <div className={styles.filters}>
            <SelectField
              label="Team"
              placeholder="All teams"
              options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
              value={filter.teamId ?? ''}
              onChange={(e) => change('teamId', e.target.value)}
            />
            <SelectField
              label="Value"
              placeholder="All values"
              options={(values.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
              value={filter.valueId ?? ''}
              onChange={(e) => change('valueId', e.target.value)}
            />
            <SelectField
              label="Person"
              placeholder="Everyone"
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={filter.personId ?? ''}
              onChange={(e) => change('personId', e.target.value)}
            />
          </div>
          {praise.isPending ? (
            <LoadingState label="Loading praise…" />
          ) : praise.isError ? (
            <ErrorState error={praise.error} onRetry={() => praise.refetch()} />
          ) : praise.data.items.length === 0 ? (
            <EmptyState title="No praise here yet">Be the first to thank someone.</EmptyState>
          ) : (
            <>
              {praise.data.items.map((item) => (
                <FeedbackCard key={item.id} item={item} footer={<ReactionsBar item={item} />} />
              ))}
              <Pagination
                page={page}
                size={praise.data.size}
                total={praise.data.total}
                onPageChange={setPage}
              />
            </>
          )}
        </Card>
      )}
      {giving && me.data && (
        <GiveFeedbackDialog meId={me.data.id} praise onClose={() => setGiving(false)} />
      )}
    </>
  );
}
