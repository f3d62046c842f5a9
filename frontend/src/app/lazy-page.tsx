import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from '@/components/ui/states';

/**
 * A page component whose module loads when the page is first shown (a chunk of its own), with a
 * loading state meanwhile. `name` is the module's named export.
 */
export function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Lazy />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${String(name)})`;
  return LazyPage;
}
