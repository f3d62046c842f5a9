import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

type Request = {
  title: string;
  /** What happens, in words: who is told, what cannot be undone. */
  message: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
};

/**
 * One accessible confirmation for irreversible actions: `confirm({...})` opens the dialog,
 * render `dialog` once in the component.
 */
export function useConfirm() {
  const [request, setRequest] = useState<Request | null>(null);
  const dialog = request ? (
    <ConfirmDialog
      title={request.title}
      message={request.message}
      confirmLabel={request.confirmLabel}
      tone={request.tone}
      onConfirm={() => {
        setRequest(null);
        request.onConfirm();
      }}
      onCancel={() => setRequest(null)}
    />
  ) : null;
  return { confirm: setRequest, dialog };
}
