import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';

/** Declarative form of useUnsavedChangesGuard for forms that do not navigate on save. */
export function UnsavedChangesGuard({ when, what }: { when: boolean; what?: string }) {
  return useUnsavedChangesGuard(when, what).guard;
}
