import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  BenchmarkQuery,
  BenchmarkResponse,
  DashboardExportQuery,
  DashboardQuery,
  DashboardResponse,
  IndicatorDefinitionListResponse,
  MonitoringOfficeIdParam,
  MonitoringPeriodQuery,
  OperatorKpiResponse,
  RefreshRunListResponse,
  RefreshRunResponse,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { DashboardService } from './dashboard/dashboard.service';
import { dashboardTable, toCsv, toXlsx } from './dashboard/export';
import { RefreshService } from './refresh/refresh.service';

const MANAGERS = [Role.CpiManager, Role.RegionAdmin];

/**
 * The managers' indicators (issue 16): a cpi_manager sees their offices and the regional median and quartile, a
 * region_admin the whole region, an operator nothing. Aggregates only (no person's data: nothing to audit).
 */
@ApiTags('monitoring')
@Controller('operator/monitoring')
export class OperatorMonitoringController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly refresh: RefreshService,
  ) {}

  @Get('indicators')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'The indicators: definition, unit, source tables' })
  @ApiOkResponse({ type: IndicatorDefinitionListResponse })
  async indicators(): Promise<IndicatorDefinitionListResponse> {
    return { items: await this.dashboard.definitions() };
  }

  @Get('dashboard')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'Every indicator month by month for the region, my offices or one office' })
  @ApiOkResponse({ type: DashboardResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, MONITORING_PERIOD_INVALID' })
  @ApiNotFoundResponse({ description: 'MONITORING_OFFICE_NOT_IN_SCOPE' })
  get(@Ctx() ctx: RequestContext, @Query() q: DashboardQuery): Promise<DashboardResponse> {
    return this.dashboard.dashboard(ctx, q);
  }

  @Get('benchmark')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'Each office against the regional median and the best quartile (a manager: own offices only)' })
  @ApiOkResponse({ type: BenchmarkResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, MONITORING_PERIOD_INVALID' })
  benchmark(@Ctx() ctx: RequestContext, @Query() q: BenchmarkQuery): Promise<BenchmarkResponse> {
    return this.dashboard.benchmark(ctx, q);
  }

  @Get('offices/:officeId/operators')
  @Allow(MANAGERS)
  @ApiOperation({ summary: "Drill-down: the office's operators (appointments, no-shows, patti signed)" })
  @ApiOkResponse({ type: OperatorKpiResponse })
  @ApiNotFoundResponse({ description: 'MONITORING_OFFICE_NOT_IN_SCOPE' })
  operators(@Ctx() ctx: RequestContext, @Param() p: MonitoringOfficeIdParam, @Query() q: MonitoringPeriodQuery): Promise<OperatorKpiResponse> {
    return this.dashboard.operators(ctx, p.officeId, q);
  }

  @Get('export')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'The dashboard as CSV or XLSX' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiNotFoundResponse({ description: 'MONITORING_OFFICE_NOT_IN_SCOPE' })
  async export(@Ctx() ctx: RequestContext, @Query() q: DashboardExportQuery, @Res() res: Response): Promise<void> {
    const d = await this.dashboard.dashboard(ctx, q);
    const table = dashboardTable(d);
    const format = q.format ?? 'csv';
    res.setHeader('Content-Disposition', `attachment; filename="opencpi-indicatori-${d.period.from}-${d.period.to}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(table));
    else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table));
  }

  @Post('refresh')
  @HttpCode(202)
  @Allow([Role.RegionAdmin])
  @ApiOperation({ summary: 'Refresh the aggregates now (queued; one run at a time)' })
  @ApiAcceptedResponse({ type: RefreshRunResponse })
  @ApiConflictResponse({ description: 'MONITORING_REFRESH_RUNNING' })
  requestRefresh(@Ctx() ctx: RequestContext): Promise<RefreshRunResponse> {
    return this.refresh.request(ctx);
  }

  @Get('refresh-runs')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'The last refreshes of the aggregates, newest first' })
  @ApiOkResponse({ type: RefreshRunListResponse })
  async runs(): Promise<RefreshRunListResponse> {
    return { items: await this.refresh.recent() };
  }
}
