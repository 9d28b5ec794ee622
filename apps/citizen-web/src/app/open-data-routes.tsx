import type { RouteObject } from 'react-router-dom';
import { openDataPath } from '../features/open-data/open-data-paths';

/** The public open data page (no login), loaded lazily: a chunk of its own, fetched only by whoever opens it. */
export const openDataRoutes: RouteObject[] = [
  {
    path: openDataPath.slice(1),
    lazy: async () => {
      const { OpenDataRoute } = await import('./routes/open-data');
      return { Component: OpenDataRoute };
    },
  },
];
