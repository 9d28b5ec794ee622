/** Path of the managers' dashboard (registered lazily in app/monitoring-routes.tsx): cpi_manager and region_admin. */
export const monitoringPaths = {
  dashboard: '/cruscotto',
} as const;
