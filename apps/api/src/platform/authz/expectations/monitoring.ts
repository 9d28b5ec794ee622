import { all, managers, type RouteExpectation } from '../authz-outcomes';

/**
 * Monitoring (issue 16): aggregates only. The manager caller (CPI Torino) sees their own offices; the drill-down to
 * the operators of CPI Moncalieri (the victim's office, `officeId`) is not theirs; only a region admin (no caller) may
 * start a refresh; an operator sees no dashboard. The open data answer anyone.
 */
export const MONITORING_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/operator/monitoring/indicators': managers(200),
  'GET /api/operator/monitoring/dashboard': managers(200), // the caller's own offices
  'GET /api/operator/monitoring/benchmark': managers(200), // own rows, the regional median and quartile (default indicator)
  'GET /api/operator/monitoring/offices/:officeId/operators': managers(404), // CPI Moncalieri is not the manager's
  'GET /api/operator/monitoring/export': managers(200), // CSV by default
  'POST /api/operator/monitoring/refresh': { ...all(403), anonymous: 401 }, // region_admin only: no caller is one
  'GET /api/operator/monitoring/refresh-runs': managers(200),
  'GET /api/public/open-data/indicators': all(200),
  'GET /api/public/open-data/indicators.csv': all(200),
  'GET /api/public/open-data/dictionary': all(200),
  'GET /api/public/open-data/catalog': all(200),
};
