import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { SelectField, TextField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePeople } from '@/features/people/api/get-people';
import { useTeamOptions } from '@/features/people/api/get-teams';
import { PeopleTable } from '@/features/people/components/people-table';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const PAGE_SIZE = 20;

export function PeopleDirectory() {
  const [search, setSearch] = useState('');
  const [teamId, setTeamId] = useState('');
  const [page, setPage] = useState(0);
  const q = useDebouncedValue(search.trim(), 300);
  const teams = useTeamOptions();
  const people = usePeople({
    ...(q ? { q } : {}),
    ...(teamId ? { teamId } : {}),
    page,
    size: PAGE_SIZE,
    sort: 'name',
  });

  const teamOptions = (teams.data?.items ?? []).map((team) => ({
    value: team.id,
    label: team.name,
  }));

  return (
    <Card>
      <div className="toolbar" role="search">
        <TextField
          label="Search people"
          type="search"
          placeholder="Name, email or title"
          required
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
        />
        <SelectField
          label="Team"
          required
          placeholder="All teams"
          options={teamOptions}
          value={teamId}
          onChange={(event) => {
            setTeamId(event.target.value);
            setPage(0);
          }}
        />
      </div>
      {people.isPending ? (
        <LoadingState label="Loading people…" />
      ) : people.isError ? (
        <ErrorState
          title="People could not be loaded"
          error={people.error}
          onRetry={() => people.refetch()}
        />
      ) : people.data.items.length === 0 ? (
        <EmptyState title="No one matches">
          {q || teamId ? 'Try a different name or clear the team filter.' : 'No people yet.'}
        </EmptyState>
      ) : (
        <div aria-busy={people.isPlaceholderData || undefined}>
          <PeopleTable people={people.data.items} />
          <Pagination
            page={people.data.page}
            size={people.data.size}
            total={people.data.total}
            onPageChange={setPage}
            label="People pages"
          />
        </div>
      )}
    </Card>
  );
}
