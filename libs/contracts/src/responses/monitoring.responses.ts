import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { BENCHMARK_INDICATORS, INDICATOR_CODES, INDICATOR_UNITS, REFRESH_RUN_STATES } from '../dto/monitoring.dto';
import { TextInEveryLanguage } from './texts.responses';

/** A text in both catalogue languages (indicator definitions are data: `monitoring.indicator_definitions`). */
export class LocalizedText {
  @IsString() it!: string;
  @IsString() en!: string;
}
/** What an indicator means and where it comes from, served with the data so the page can print it. */
export class IndicatorDefinitionResponse {
  @IsIn(INDICATOR_CODES) code!: string;
  @IsIn(INDICATOR_UNITS) unit!: string;
  /** true: higher is better; false: lower is better; absent: neither (volumes) */
  @IsOptional() @IsBoolean() higherIsBetter?: boolean;
  @ValidateNested() @Type(() => LocalizedText) title!: LocalizedText;
  @ValidateNested() @Type(() => LocalizedText) definition!: LocalizedText;
  /** the owners' aggregate tables read, and the fact tables they are computed from (schema.table) */
  @IsArray() @IsString({ each: true }) sourceTables!: string[];
  /** false when the owning module does not provide the data (e.g. satisfaction before the surveys module) */
  @IsBoolean() available!: boolean;
}
export class IndicatorDefinitionListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorDefinitionResponse) items!: IndicatorDefinitionResponse[];
}
/** One month of an indicator. Shares carry numerator/denominator; medians their denominator (how many cases). */
export class IndicatorPoint {
  /** YYYY-MM */
  @IsString() month!: string;
  /** absent: no cases in the month (a share or a median of nothing) */
  @IsOptional() @IsNumber() value?: number;
  @IsOptional() @IsInt() numerator?: number;
  @IsOptional() @IsInt() denominator?: number;
}
/** One key of a breakdown (a GOL pathway, a channel, a kind of appointment...) over the period and month by month. */
export class IndicatorBreakdownRow {
  @IsString() key!: string;
  @IsOptional() @IsNumber() value?: number;
  @IsOptional() @IsInt() numerator?: number;
  @IsOptional() @IsInt() denominator?: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorPoint) series!: IndicatorPoint[];
}
export class IndicatorBreakdown {
  /** pathway (1..4) | channel (in_person, video, phone) | kind (invitation, convocation, booking) | breach (condizionalita breach code) | service */
  @IsString() dimension!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorBreakdownRow) rows!: IndicatorBreakdownRow[];
}
export class IndicatorResult {
  @IsIn(INDICATOR_CODES) code!: string;
  @ValidateNested() @Type(() => IndicatorDefinitionResponse) definition!: IndicatorDefinitionResponse;
  /** over the whole period (a count, a share of the period's cases, the period's median); absent when nothing to measure */
  @IsOptional() @IsNumber() value?: number;
  @IsOptional() @IsInt() numerator?: number;
  @IsOptional() @IsInt() denominator?: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorPoint) series!: IndicatorPoint[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorBreakdown) breakdowns!: IndicatorBreakdown[];
}
export class MonitoringOffice {
  @IsString() id!: string;
  @IsString() name!: string;
}
export class MonitoringPeriod {
  /** YYYY-MM */
  @IsString() from!: string;
  @IsString() to!: string;
  /** the months from..to, in order */
  @IsArray() @IsString({ each: true }) months!: string[];
}
export class DashboardScope {
  /** region: every office of the region (region_admin); offices: the manager's own offices; office: one CPI */
  @IsIn(['region', 'offices', 'office']) level!: string;
  @IsString() regionId!: string;
  @IsArray() @IsString({ each: true }) officeIds!: string[];
  @IsOptional() @IsString() officeName?: string;
}
export class DashboardResponse {
  @ValidateNested() @Type(() => DashboardScope) scope!: DashboardScope;
  @ValidateNested() @Type(() => MonitoringPeriod) period!: MonitoringPeriod;
  /** when the aggregates were last refreshed (a succeeded run); absent: never */
  @IsOptional() @IsString() refreshedAt?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorResult) indicators!: IndicatorResult[];
  /** the offices the caller may drill down into (benchmark rows, the office filter) */
  @IsArray() @ValidateNested({ each: true }) @Type(() => MonitoringOffice) offices!: MonitoringOffice[];
}
export class BenchmarkOfficeRow {
  @IsString() officeId!: string;
  @IsString() officeName!: string;
  @IsOptional() @IsNumber() value?: number;
  /** the cases behind the value (patti, appointments held, answers...) */
  @IsInt() denominator!: number;
}
/** Each CPI against the regional median and the best quartile; a cpi_manager gets only the rows of their own offices. */
export class BenchmarkResponse {
  @IsIn(BENCHMARK_INDICATORS) indicator!: string;
  @IsIn(INDICATOR_UNITS) unit!: string;
  @IsBoolean() higherIsBetter!: boolean;
  @ValidateNested() @Type(() => MonitoringPeriod) period!: MonitoringPeriod;
  /** median of the offices' values (offices with no cases left out) */
  @IsOptional() @IsNumber() regionMedian?: number;
  /** the value that marks the best quarter of offices: 75th percentile when higher is better, 25th otherwise */
  @IsOptional() @IsNumber() bestQuartile?: number;
  /** how many offices the median and quartile are computed over */
  @IsInt() officesCompared!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => BenchmarkOfficeRow) offices!: BenchmarkOfficeRow[];
}
/** Drill-down below a CPI: the office's operators (slot operator for appointments, responsible staff for patti). */
export class OperatorKpiRow {
  @IsString() staffId!: string;
  @IsString() name!: string;
  @IsInt() appointments!: number;
  @IsInt() attended!: number;
  @IsInt() noShows!: number;
  @IsInt() pattiSigned!: number;
}
export class OperatorKpiResponse {
  @IsString() officeId!: string;
  @IsString() officeName!: string;
  @ValidateNested() @Type(() => MonitoringPeriod) period!: MonitoringPeriod;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OperatorKpiRow) items!: OperatorKpiRow[];
}
export class RefreshStepResponse {
  /** agenda | patto | matching | condizionalita | surveys */
  @IsString() owner!: string;
  @IsInt() durationMs!: number;
  @IsBoolean() ok!: boolean;
  @IsOptional() @IsString() error?: string;
}
export class RefreshRunResponse {
  @IsString() id!: string;
  @IsIn(REFRESH_RUN_STATES) state!: string;
  @IsIn(['schedule', 'manual']) trigger!: string;
  @IsString() startedAt!: string;
  @IsOptional() @IsString() finishedAt?: string;
  @IsOptional() @IsInt() durationMs?: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RefreshStepResponse) steps!: RefreshStepResponse[];
}
export class RefreshRunListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => RefreshRunResponse) items!: RefreshRunResponse[];
}

/** One CPI (level office) or one region total (level region) in one month; null = suppressed (or not available). */
export class OpenDataRow {
  /** YYYY-MM */
  @IsString() month!: string;
  @IsIn(['office', 'region']) level!: string;
  @IsString() regionCode!: string;
  @IsString() regionName!: string;
  @IsOptional() @IsString() officeCode?: string;
  @IsOptional() @IsString() officeName?: string;
  /** field name (see the dictionary) → value; null when suppressed or not available */
  @IsObject() values!: Record<string, number | null>;
  /** the fields suppressed in this row (fewer than 10 people, or derivable from totals) */
  @IsArray() @IsString({ each: true }) suppressed!: string[];
}
export class OpenDataResponse {
  @IsString() title!: string;
  @IsString() licence!: string;
  @IsOptional() @IsString() refreshedAt?: string;
  @ValidateNested() @Type(() => MonitoringPeriod) period!: MonitoringPeriod;
  /** cells counting fewer than this many people are suppressed */
  @IsInt() suppressionThreshold!: number;
  @IsString() dictionaryUrl!: string;
  @IsString() catalogUrl!: string;
  @IsString() csvUrl!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OpenDataRow) rows!: OpenDataRow[];
}
export class OpenDataField {
  @IsString() name!: string;
  @IsIn(['string', 'integer', 'number']) type!: string;
  @IsOptional() @IsIn(INDICATOR_UNITS) unit?: string;
  /** what the field counts, in every language a person can choose (the citizen SPA shows the reader's) */
  @ValidateNested() @Type(() => TextInEveryLanguage) description!: TextInEveryLanguage;
  /** people: suppressed below the threshold with secondary suppression; derived: null when the count it derives from is; none */
  @IsIn(['people', 'derived', 'none']) suppression!: string;
  @IsArray() @IsString({ each: true }) sourceTables!: string[];
}
export class OpenDataDictionaryResponse {
  @IsInt() suppressionThreshold!: number;
  @ValidateNested() @Type(() => TextInEveryLanguage) suppressionRule!: TextInEveryLanguage;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OpenDataField) fields!: OpenDataField[];
}
