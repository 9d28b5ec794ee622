import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AppointmentIdParam, AppointmentResponse, AvailabilityRuleResponse, CalendarQuery, CalendarResponse, CreateAvailabilityRuleBody, OFFICE_ROLES,
  RecordAttendanceBody, ServiceTypeListResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { AgendaService } from './agenda.service';

@ApiTags('agenda')
@Controller('operator/agenda')
export class OperatorAgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('service-types')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Service types' })
  @ApiOkResponse({ type: ServiceTypeListResponse })
  async serviceTypes(): Promise<ServiceTypeListResponse> {
    return { items: await this.agenda.serviceTypes() };
  }

  @Post('availability-rules')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Define a weekly availability and publish its slots for the booking horizon' })
  @ApiCreatedResponse({ type: AvailabilityRuleResponse })
  createRule(@Ctx() ctx: RequestContext, @Body() body: CreateAvailabilityRuleBody): Promise<AvailabilityRuleResponse> {
    return this.agenda.createRule(ctx, body);
  }

  @Get('calendar')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Day/week calendar of an office or an operator, in person and remote together (audited)' })
  @ApiOkResponse({ type: CalendarResponse })
  calendar(@Ctx() ctx: RequestContext, @Query() q: CalendarQuery): Promise<CalendarResponse> {
    return this.agenda.calendar(ctx, q);
  }

  @Post('appointments/:appointmentId/attendance')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record attendance; publishes attendance.recorded' })
  @ApiOkResponse({ type: AppointmentResponse })
  attendance(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: RecordAttendanceBody): Promise<AppointmentResponse> {
    return this.agenda.recordAttendance(ctx, p.appointmentId, body);
  }
}
