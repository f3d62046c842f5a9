import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useDeleteReminderRule,
  useReminderRules,
  type ReminderRule,
} from '@/features/admin/api/reminder-rules';
import {
  AUDIENCES,
  CHANNELS,
  TRIGGERS,
  offsetText,
} from '@/features/admin/components/reminder-labels';
import { ReminderRuleFormDialog } from '@/features/admin/components/reminder-rule-form-dialog';
import styles from '@/features/admin/components/reminder-rules.module.css';
import { toFormErrors } from '@/lib/problem';

/** Admins see and shape the organization's automated reminders. */
export function ReminderRulesAdmin() {
  const rules = useReminderRules();
  const remove = useDeleteReminderRule();
  const [editing, setEditing] = useState<{ rule?: ReminderRule } | null>(null);
  const [deleting, setDeleting] = useState<ReminderRule | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Card
      title="Reminder rules"
      actions={
        <Button variant="primary" onClick={() => setEditing({})}>
          New rule
        </Button>
      }
    >
      <p className="muted">
        Cairn checks these rules every few minutes and reminds each person once per thing that is
        due. Nobody is reminded in their quiet hours; they hear of it right after.
      </p>
      <FormAlert message={notice} tone="info" />
      {rules.isPending ? (
        <LoadingState label="Loading reminder rules…" />
      ) : rules.isError ? (
        <ErrorState
          title="Reminder rules could not be loaded"
          error={rules.error}
          onRetry={() => rules.refetch()}
        />
      ) : rules.data.length === 0 ? (
        <EmptyState title="No reminder rules">Nobody is reminded automatically.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className={`table ${styles.rules}`}>
            <caption className="visually-hidden">Reminder rules</caption>
            <thead>
              <tr>
                <th scope="col">Remind when</th>
                <th scope="col">Who, how</th>
                <th scope="col">Quiet hours</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  onEdit={() => setEditing({ rule })}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(rule);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <ReminderRuleFormDialog
          rule={editing.rule}
          onClose={() => setEditing(null)}
          onSaved={(label) => {
            setNotice(editing.rule ? `“${label}” was saved.` : `“${label}” was added.`);
            setEditing(null);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${TRIGGERS[deleting.trigger].label}”?`}
          message="Nobody will be reminded by this rule any more. You can turn a rule off instead."
          confirmLabel="Delete rule"
          busy={remove.isPending}
          error={remove.isError ? toFormErrors(remove.error).detail : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setNotice(`“${TRIGGERS[deleting.trigger].label}” was deleted.`);
                setDeleting(null);
              },
            })
          }
        />
      )}
    </Card>
  );
}

type RowProps = { rule: ReminderRule; onEdit: () => void; onDelete: () => void };

function RuleRow({ rule, onEdit, onDelete }: RowProps) {
  const trigger = TRIGGERS[rule.trigger];
  const name = `${trigger.label} (${offsetText(rule)})`;
  return (
    <tr className={rule.enabled ? undefined : styles.off}>
      <td>
        <span className={styles.when}>{trigger.label}</span>{' '}
        {!rule.enabled && <Badge tone="muted">Off</Badge>}
        <span className={styles.detail}>
          {trigger.offset}: {offsetText(rule)}
        </span>
      </td>
      <td>
        {AUDIENCES[rule.audience]}
        <span className={styles.detail}>{CHANNELS[rule.channel]}</span>
      </td>
      <td>{rule.quietHours ? rule.quietHours.replace('-', '–') : 'None'}</td>
      <td className="cell-actions">
        <Button size="sm" variant="ghost" aria-label={`Edit ${name}`} onClick={onEdit}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </Button>
      </td>
    </tr>
  );
}
