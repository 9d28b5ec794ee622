import type { RouteObject } from 'react-router-dom';

/** Routes of the imprese pages (registered in router.tsx before the catch-all). */
export const impreseRoutes: RouteObject[] = [];
