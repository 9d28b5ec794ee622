import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AppointmentIdParam,
  AppointmentResponse,
  AvailabilityExceptionResponse,
  AvailabilityRuleResponse,
  CreateAvailabilityExceptionBody,
  CalendarQuery,
  CalendarResponse,
  ConvocationIdParam,
  ConvocationListResponse,
  ConvocationResponse,
  CreateAvailabilityRuleBody,
  CreateConvocationBody,
  CreateInvitationsBody,
  InvitationListResponse,
  MoveAppointmentBody,
  OFFICE_ROLES,
  OfficeListQuery,
  OperatorCancelAppointmentBody,
  RecordAttendanceBody,
  ServiceTypeListResponse,
  ServiceTypesQuery,
  SlotListResponse,
  SlotSearchQuery,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { requireOffice } from './appointments/office-scope';
import { AvailabilityService } from './availability/availability.service';
import { BookingService } from './booking/booking.service';
import { CalendarService } from './calendar/calendar.service';
import { ConvocationsService } from './convocations/convocations.service';
import { InvitationsService } from './invitations/invitations.service';

@ApiTags('agenda')
@Controller('operator/agenda')
export class OperatorAgendaController {
  constructor(
    private readonly booking: BookingService,
    private readonly availability: AvailabilityService,
    private readonly officeCalendar: CalendarService,
    private readonly invitations: InvitationsService,
    private readonly convocations: ConvocationsService,
  ) {}

  @Get('service-types')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Service types; with officeId, each one's next free time at that office" })
  @ApiOkResponse({ type: ServiceTypeListResponse })
  async serviceTypes(@Ctx() ctx: RequestContext, @Query() q: ServiceTypesQuery): Promise<ServiceTypeListResponse> {
    if (q.officeId) requireOffice(ctx, q.officeId);
    return { items: await this.booking.serviceTypesAt(q.officeId) };
  }

  @Post('availability-rules')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Define a weekly availability and publish its slots for the booking horizon' })
  @ApiCreatedResponse({ type: AvailabilityRuleResponse })
  createRule(@Ctx() ctx: RequestContext, @Body() body: CreateAvailabilityRuleBody): Promise<AvailabilityRuleResponse> {
    return this.availability.createRule(ctx, body);
  }

  @Post('exceptions')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "An operator's absence or (managers) an office closure: free slots withdrawn, booked appointments inside it listed" })
  @ApiCreatedResponse({ type: AvailabilityExceptionResponse })
  createException(@Ctx() ctx: RequestContext, @Body() body: CreateAvailabilityExceptionBody): Promise<AvailabilityExceptionResponse> {
    return this.availability.createException(ctx, body);
  }

  @Get('calendar')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Day/week calendar of an office or an operator, in person and remote together (audited)' })
  @ApiOkResponse({ type: CalendarResponse })
  calendar(@Ctx() ctx: RequestContext, @Query() q: CalendarQuery): Promise<CalendarResponse> {
    return this.officeCalendar.calendar(ctx, q);
  }

  @Post('appointments/:appointmentId/attendance')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record attendance; publishes attendance.recorded' })
  @ApiOkResponse({ type: AppointmentResponse })
  attendance(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: RecordAttendanceBody): Promise<AppointmentResponse> {
    return this.officeCalendar.recordAttendance(ctx, p.appointmentId, body);
  }

  @Get('slots')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Free slots of a service (to convoke or move someone), with the operator' })
  @ApiOkResponse({ type: SlotListResponse })
  async slots(@Ctx() ctx: RequestContext, @Query() q: SlotSearchQuery): Promise<SlotListResponse> {
    return { items: await this.booking.findSlots(q, new Date(), ctx.principal.staff?.officeIds ?? []) };
  }

  @Post('appointments/:appointmentId/cancel')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an appointment with a reason (the person is told)' })
  @ApiOkResponse({ type: AppointmentResponse })
  cancel(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: OperatorCancelAppointmentBody): Promise<AppointmentResponse> {
    return this.officeCalendar.cancelByOffice(ctx, p.appointmentId, body.reason);
  }

  @Post('appointments/:appointmentId/move')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an appointment to another free slot (atomic; the person is told)' })
  @ApiOkResponse({ type: AppointmentResponse })
  move(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: MoveAppointmentBody): Promise<AppointmentResponse> {
    return this.officeCalendar.moveByOffice(ctx, p.appointmentId, body.slotId);
  }

  @Post('invitations')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Invite one person or a list to book a service within N days (signed, expiring link by their channels)' })
  @ApiCreatedResponse({ type: InvitationListResponse })
  async invite(@Ctx() ctx: RequestContext, @Body() body: CreateInvitationsBody): Promise<InvitationListResponse> {
    return { items: await this.invitations.create(ctx, body) };
  }

  @Get('invitations')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "An office's invitations, newest first (audited)" })
  @ApiOkResponse({ type: InvitationListResponse })
  async invitationList(@Ctx() ctx: RequestContext, @Query() q: OfficeListQuery): Promise<InvitationListResponse> {
    return { items: await this.invitations.list(ctx, q.officeId) };
  }

  @Post('convocations')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Convoke a person (fixed slot, legal basis); escalates an invitation when invitationId is given' })
  @ApiCreatedResponse({ type: ConvocationResponse })
  convoke(@Ctx() ctx: RequestContext, @Body() body: CreateConvocationBody): Promise<ConvocationResponse> {
    return this.convocations.create(ctx, body);
  }

  @Get('convocations')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "An office's convocations, newest first (audited)" })
  @ApiOkResponse({ type: ConvocationListResponse })
  async convocationList(@Ctx() ctx: RequestContext, @Query() q: OfficeListQuery): Promise<ConvocationListResponse> {
    return { items: await this.convocations.listForOffice(ctx, q.officeId) };
  }

  @Get('convocations/:convocationId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'A convocation with its text, hash, acknowledgement and every delivery attempt (audited)' })
  @ApiOkResponse({ type: ConvocationResponse })
  convocation(@Ctx() ctx: RequestContext, @Param() p: ConvocationIdParam): Promise<ConvocationResponse> {
    return this.convocations.detail(ctx, p.convocationId);
  }
}
