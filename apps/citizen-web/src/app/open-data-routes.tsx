import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { openDataPath } from '../features/open-data/open-data-paths';

const OpenDataRoute = lazyPage(() => import('./routes/open-data'), 'OpenDataRoute');

/** The public open data page (no login), loaded lazily: a chunk of its own, fetched only by whoever opens it. */
export const openDataRoutes: RouteObject[] = [{ path: openDataPath.slice(1), element: <OpenDataRoute /> }];
