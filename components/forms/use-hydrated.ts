'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False while the server renders and the browser hydrates, true once the component is live. A
 * form's submit button waits for it: a click before then would submit the bare HTML form (a GET
 * with what was typed in the address) instead of the action. Forms whose code loads in its own
 * chunk (the `*-lazy.tsx` wrappers) hydrate a little after the page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
