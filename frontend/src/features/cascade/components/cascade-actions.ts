import { createContext } from 'react';

export type CascadeActions = { select: (id: string) => void; toggle: (id: string) => void };

/**
 * Stable callbacks for the map's nodes. Passing them through context (not node data) keeps
 * every node's data unchanged when only the handlers' closures would differ.
 */
export const CascadeActionsContext = createContext<CascadeActions>({
  select: () => undefined,
  toggle: () => undefined,
});
