import type { BenchmarkIndicator, BenchmarkResponse, DashboardResponse, ExportFormat, OpenDataDictionaryResponse, OpenDataResponse, OperatorKpiResponse } from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call } from '../http-client';

/*
 * Monitoring (issue 16): the managers' dashboard (operator: a region, a manager's offices, one CPI, its operators), the
 * benchmark of the CPIs against the regional median and best quartile, the CSV/XLSX export, and the public open data.
 * Periods are whole months `YYYY-MM`, both ends included.
 */

export interface MonitoringPeriodParams {
  from: string;
  to: string;
}

export const monitoringKeys = {
  all: ['operator', 'monitoring'] as const,
  dashboard: (period: MonitoringPeriodParams, officeId?: string) => ['operator', 'monitoring', 'dashboard', period, officeId ?? 'all'] as const,
  benchmark: (indicator: BenchmarkIndicator, period: MonitoringPeriodParams) => ['operator', 'monitoring', 'benchmark', indicator, period] as const,
  operators: (officeId: string, period: MonitoringPeriodParams) => ['operator', 'monitoring', 'operators', officeId, period] as const,
  openData: () => ['public', 'open-data', 'indicators'] as const,
  openDataDictionary: () => ['public', 'open-data', 'dictionary'] as const,
} as const;

/** GET /api/operator/monitoring/dashboard: the caller's region or offices, or one CPI (404 MONITORING_OFFICE_NOT_IN_SCOPE) */
export function getMonitoringDashboard(period: MonitoringPeriodParams, officeId?: string, signal?: AbortSignal): Promise<DashboardResponse> {
  return call(() => apiClient().GET('/api/operator/monitoring/dashboard', { params: { query: { ...period, ...(officeId ? { officeId } : {}) } }, signal }));
}
/** GET /api/operator/monitoring/benchmark: each CPI (a manager: their own) against the regional median and best quartile */
export function getMonitoringBenchmark(indicator: BenchmarkIndicator, period: MonitoringPeriodParams, signal?: AbortSignal): Promise<BenchmarkResponse> {
  return call(() => apiClient().GET('/api/operator/monitoring/benchmark', { params: { query: { indicator, ...period } }, signal }));
}
/** GET /api/operator/monitoring/offices/:officeId/operators: the drill-down below a CPI */
export function getMonitoringOperators(officeId: string, period: MonitoringPeriodParams, signal?: AbortSignal): Promise<OperatorKpiResponse> {
  return call(() => apiClient().GET('/api/operator/monitoring/offices/{officeId}/operators', { params: { path: { officeId }, query: period }, signal }));
}
/** URL of the dashboard's export (a link: the session cookie authorises it; the answer is an attachment) */
export function monitoringExportUrl(format: ExportFormat, period: MonitoringPeriodParams, officeId?: string): string {
  return apiUrl('/api/operator/monitoring/export', {}, { format, ...period, ...(officeId ? { officeId } : {}) });
}
/** GET /api/public/open-data/indicators (no login): the last 12 months per CPI and region, small cells suppressed */
export function getOpenDataIndicators(signal?: AbortSignal): Promise<OpenDataResponse> {
  return call(() => apiClient().GET('/api/public/open-data/indicators', { signal }));
}
/** URL of the open data as JSON (the same rows as the page: the default period, the 12 months ending with this one) */
export function openDataJsonUrl(): string {
  return apiUrl('/api/public/open-data/indicators', {});
}
/** GET /api/public/open-data/dictionary (no login): the fields of the open data, their units and sources */
export function getOpenDataDictionary(signal?: AbortSignal): Promise<OpenDataDictionaryResponse> {
  return call(() => apiClient().GET('/api/public/open-data/dictionary', { signal }));
}
