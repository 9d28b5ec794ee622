import type { RouteObject } from 'react-router-dom';

/** Routes of the matching pages (registered in router.tsx before the catch-all). */
export const matchingRoutes: RouteObject[] = [];
