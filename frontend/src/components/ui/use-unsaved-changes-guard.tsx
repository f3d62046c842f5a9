import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * While `when` is true, leaving the page asks first: links and Back inside the app show a
 * dialog; closing or reloading the tab shows the browser's own question. A form that navigates
 * after saving calls `allowLeaving()` first.
 */
export function useUnsavedChangesGuard(when: boolean, what = 'your changes') {
  const state = useRef({ when, bypass: false });
  useEffect(() => {
    state.current.when = when;
  }, [when]);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      state.current.when &&
      !state.current.bypass &&
      currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!state.current.bypass) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const guard =
    blocker.state === 'blocked' ? (
      <ConfirmDialog
        title="Leave without saving?"
        message={`You have not saved ${what}. If you leave this page now, they are lost.`}
        confirmLabel="Leave and discard"
        cancelLabel="Stay on this page"
        onConfirm={() => blocker.proceed()}
        onCancel={() => blocker.reset()}
      />
    ) : null;
  const allowLeaving = useCallback(() => {
    state.current.bypass = true;
  }, []);
  return { guard, allowLeaving };
}
