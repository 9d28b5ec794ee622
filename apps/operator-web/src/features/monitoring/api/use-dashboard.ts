import { getMonitoringDashboard, monitoringKeys } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Period } from '../dashboard-params';

/** GET /api/operator/monitoring/dashboard: the region (or a manager's offices), or one CPI when `officeId` is given. */
export function useDashboard(period: Period, officeId?: string) {
  return useQuery({
    queryKey: monitoringKeys.dashboard(period, officeId),
    queryFn: ({ signal }) => getMonitoringDashboard(period, officeId, signal),
    placeholderData: keepPreviousData,
  });
}
