import { lazy, type ComponentType } from 'react';

/**
 * A route component loaded on first visit (route-level code splitting): `lazyPage(() => import('./routes/profile'),
 * 'ProfileRoute')`. The module's named export is the page; AppLayout's Suspense boundary shows a spinner meanwhile.
 */
export function lazyPage<K extends string, M extends { [P in K]: ComponentType }>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
