import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import {
  useImportPeople,
  usePreviewImport,
  type PeopleImport,
} from '@/features/admin/api/people-import';
import { ImportPreview } from '@/features/admin/components/import-preview';
import { importSchema } from '@/features/admin/components/import-schema';
import styles from '@/features/admin/components/people-admin.module.css';
import { isApiError, toFormErrors } from '@/lib/problem';

type Values = z.infer<typeof importSchema>;

const SUBJECT: Record<string, string> = { body: 'The file', header: 'The header' };

/** A refused file in words: "The header has an unknown column …" (400), or the detail (413, …). */
function fileProblem(error: unknown): string {
  const named = isApiError(error) ? (error.problem.errors ?? []) : [];
  if (named.length === 0) return toFormErrors(error).detail ?? 'The file could not be read.';
  return named
    .map(({ field, message }) => `${SUBJECT[field ?? ''] ?? field} ${message}.`)
    .join(' ');
}

type Props = { onClose: () => void; onImported: (message: string) => void };

/** Upload or paste a CSV, see what each row would do, then confirm: nothing is saved before. */
export function ImportPeopleDialog({ onClose, onImported }: Props) {
  const [preview, setPreview] = useState<PeopleImport | null>(null);
  const previewImport = usePreviewImport();
  const runImport = useImportPeople();
  const form = useForm<Values>({ resolver: zodResolver(importSchema), defaultValues: { csv: '' } });
  const { errors, isDirty } = form.formState;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    form.setValue('csv', await file.text(), { shouldDirty: true, shouldValidate: true });
  };

  const onPreview = form.handleSubmit(({ csv }) =>
    previewImport
      .mutateAsync(csv)
      .then(setPreview)
      .catch((error: unknown) => form.setError('csv', { message: fileProblem(error) })),
  );

  const confirm = () =>
    runImport.mutate(form.getValues('csv'), {
      onSuccess: (result) =>
        onImported(
          `Imported: ${result.created} new, ${result.updated} changed, ${result.unchanged} unchanged.`,
        ),
    });

  const canImport = preview !== null && preview.invalid === 0;
  const toSave = preview ? preview.created + preview.updated : 0;
  return (
    <Dialog title="Import people from CSV" onClose={onClose} wide>
      <UnsavedChangesGuard when={isDirty && !runImport.isSuccess} what="the CSV" />
      {preview === null ? (
        <form className={`form ${styles.source}`} onSubmit={onPreview} noValidate>
          <FormAlert message={errors.root?.message} />
          <p className="muted small">
            Columns: <code>email</code>, <code>name</code> (required), <code>title</code>,{' '}
            <code>team</code>, <code>manager_email</code>, <code>role</code> (EMPLOYEE or ADMIN),{' '}
            <code>time_zone</code>. A column you leave out keeps everyone&apos;s value. An export
            has exactly these columns.
          </p>
          <TextField label="CSV file" type="file" accept=".csv,text/csv" onChange={onFile} />
          <TextAreaField
            label="Or paste the CSV"
            required
            rows={8}
            className={`input textarea ${styles.csv}`}
            spellCheck={false}
            error={errors.csv?.message}
            {...form.register('csv')}
          />
          <div className="dialog-actions">
            <Button type="button" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={previewImport.isPending}>
              Preview
            </Button>
          </div>
        </form>
      ) : (
        <>
          <FormAlert message={runImport.isError ? toFormErrors(runImport.error).detail : null} />
          <FormAlert
            tone="info"
            message={
              canImport
                ? `Nothing is saved yet. Importing adds ${preview.created} and changes ${preview.updated} people; new people get an invitation e-mail.`
                : `Fix the ${preview.invalid === 1 ? 'row' : `${preview.invalid} rows`} with errors in your file, then preview again: nothing is imported while any row has an error.`
            }
          />
          <ImportPreview result={preview} />
          <div className="dialog-actions">
            <Button onClick={() => setPreview(null)}>Back to the file</Button>
            <Button
              variant="primary"
              disabled={!canImport || toSave === 0}
              busy={runImport.isPending}
              onClick={confirm}
            >
              {toSave === 0 && canImport
                ? 'Nothing to import'
                : `Import ${toSave} ${toSave === 1 ? 'person' : 'people'}`}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
