import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTasks, type Task } from '@/features/tasks/api/get-tasks';
import styles from '@/features/tasks/components/needs-you.module.css';
import { TASK_LABELS } from '@/features/tasks/components/task-labels';
import { formatDateTime } from '@/lib/format-date';

const SHOWN = 8;

/** Home's first card: everything waiting for the caller, with counts per kind, overdue first. */
export function NeedsYou() {
  const tasks = useTasks();
  const total = tasks.data?.total ?? 0;
  return (
    <Card title={total > 0 ? `Needs you (${total})` : 'Needs you'}>
      {tasks.isPending ? (
        <LoadingState label="Loading your tasks…" />
      ) : tasks.isError ? (
        <ErrorState
          title="Your tasks could not be loaded"
          error={tasks.error}
          onRetry={() => tasks.refetch()}
        />
      ) : total === 0 ? (
        <EmptyState title="Nothing waits for you. Well done." />
      ) : (
        <>
          <ul className={styles.counts} aria-label="Tasks by kind">
            {tasks.data.counts.map((c) => (
              <li
                key={c.kind}
                className={`${styles.chip}${c.overdue > 0 ? ` ${styles.chipOverdue}` : ''}`}
              >
                {TASK_LABELS[c.kind]}: {c.count}
                {c.overdue > 0 && ` (${c.overdue} overdue)`}
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label="Tasks">
            {tasks.data.items.slice(0, SHOWN).map((task) => (
              <TaskRow key={`${task.kind}-${task.subjectId}`} task={task} />
            ))}
          </ul>
          {total > SHOWN && <p className={styles.due}>and {total - SHOWN} more</p>}
        </>
      )}
    </Card>
  );
}

function TaskRow({ task }: { task: Task }) {
  return (
    <li className={styles.item}>
      <span className={styles.what}>
        <span className={styles.kind}>{TASK_LABELS[task.kind]}</span>
        <Link to={task.link}>{task.title}</Link>
      </span>
      {(task.dueAt || task.overdue) && (
        <span className={`${styles.due}${task.overdue ? ` ${styles.overdue}` : ''}`}>
          {task.overdue ? 'Overdue' : 'Due'}
          {task.dueAt ? ` ${formatDateTime(task.dueAt)}` : ''}
        </span>
      )}
    </li>
  );
}
