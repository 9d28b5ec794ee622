import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/**
 * Monitoring (issue 16): LEP/KPI indicators for CPI managers and region admins, computed from aggregates that the
 * owning modules refresh (agenda, patto, matching, condizionalita, surveys), and the public open data.
 */
export const INDICATOR_CODES = [
  'dids',
  'first_contact_in_window',
  'time_to_patto',
  'patti_by_pathway',
  'appointments_by_channel',
  'no_shows',
  'vacancies',
  'time_to_fill',
  'conditionality_cases',
  'satisfaction',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];
/** Indicators the benchmark view compares office by office (a single number per office and period). */
export const BENCHMARK_INDICATORS = ['first_contact_in_window', 'time_to_patto', 'no_shows', 'time_to_fill', 'remote_appointments', 'satisfaction'] as const;
export type BenchmarkIndicator = (typeof BENCHMARK_INDICATORS)[number];
/** What a value is: a count, a share (0..1), a number of days (median), a mean rating 1..5. */
export const INDICATOR_UNITS = ['count', 'share', 'days', 'rating'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const REFRESH_RUN_STATES = ['running', 'succeeded', 'failed'] as const;
export type RefreshRunState = (typeof REFRESH_RUN_STATES)[number];

/** `YYYY-MM` (a calendar month, Europe/Rome). */
export const ISO_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The period filter: from/to months inclusive (default: the 12 months ending with the current one; at most 60 months). */
export class MonitoringPeriodQuery {
  @IsOptional() @Matches(ISO_MONTH_PATTERN, { message: 'from must be a month YYYY-MM' }) from?: string;
  @IsOptional() @Matches(ISO_MONTH_PATTERN, { message: 'to must be a month YYYY-MM' }) to?: string;
}
/** GET /api/operator/monitoring/dashboard: the region (region_admin), the caller's offices (cpi_manager), or one office. */
export class DashboardQuery extends MonitoringPeriodQuery {
  /** one CPI (must be one of the caller's offices; a region_admin: any office of the region) */
  @IsOptional() @IsUUID('4') officeId?: string;
}
/** GET /api/operator/monitoring/benchmark */
export class BenchmarkQuery extends MonitoringPeriodQuery {
  /** default first_contact_in_window */
  @IsOptional() @IsIn(BENCHMARK_INDICATORS) indicator?: BenchmarkIndicator;
}
/** GET /api/operator/monitoring/export */
export class DashboardExportQuery extends MonitoringPeriodQuery {
  /** one CPI, as on the dashboard (not inherited from DashboardQuery: a third level of inheritance gave the OpenAPI parameters an order that changed from run to run) */
  @IsOptional() @IsUUID('4') officeId?: string;
  /** default csv */
  @IsOptional() @IsIn(EXPORT_FORMATS) format?: ExportFormat;
}
export class MonitoringOfficeIdParam {
  @IsUUID('4') officeId!: string;
}
/** GET /api/public/open-data/indicators(.csv) */
export class OpenDataQuery extends MonitoringPeriodQuery {}
