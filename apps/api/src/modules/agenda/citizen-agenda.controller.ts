import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AppointmentIdParam,
  AppointmentListResponse,
  AppointmentResponse,
  BookAppointmentBody,
  CancelAppointmentBody,
  ConvocationIdParam,
  ConvocationListResponse,
  ConvocationResponse,
  OfficeOptionListResponse,
  RescheduleAppointmentBody,
  Role,
  ServiceTypeListResponse,
  SlotListResponse,
  SlotSearchQuery,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import type { Locale } from '../../platform/i18n/locale';
import { RequestLocale } from '../../platform/i18n/request-locale';
import { BookingService } from './booking/booking.service';
import { ConvocationsService } from './convocations/convocations.service';

@ApiTags('agenda')
@Controller('citizen/agenda')
export class CitizenAgendaController {
  constructor(
    private readonly booking: BookingService,
    private readonly convocations: ConvocationsService,
  ) {}

  @Get('offices')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Where I can book: my CPI first, the others by distance' })
  @ApiOkResponse({ type: OfficeOptionListResponse })
  async offices(@Ctx() ctx: RequestContext): Promise<OfficeOptionListResponse> {
    return { items: await this.booking.officesFor(ctx) };
  }

  @Get('convocations')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My convocations' })
  @ApiOkResponse({ type: ConvocationListResponse })
  async myConvocations(@Ctx() ctx: RequestContext, @RequestLocale() locale: Locale): Promise<ConvocationListResponse> {
    return { items: await this.convocations.mine(ctx, locale) };
  }

  @Post('convocations/:convocationId/acknowledge')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm I received a convocation (kept as proof)' })
  @ApiOkResponse({ type: ConvocationResponse })
  acknowledge(@Ctx() ctx: RequestContext, @Param() p: ConvocationIdParam, @RequestLocale() locale: Locale): Promise<ConvocationResponse> {
    return this.convocations.acknowledge(ctx, p.convocationId, locale);
  }

  @Get('service-types')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'What can be booked' })
  @ApiOkResponse({ type: ServiceTypeListResponse })
  async serviceTypes(@RequestLocale() locale: Locale): Promise<ServiceTypeListResponse> {
    return { items: await this.booking.serviceTypes(locale) };
  }

  @Get('slots')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Free slots of a service, soonest first' })
  @ApiOkResponse({ type: SlotListResponse })
  async slots(@Query() q: SlotSearchQuery): Promise<SlotListResponse> {
    return { items: await this.booking.findSlots(q) };
  }

  @Post('appointments')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Book a slot (409 SLOT_FULL when someone was faster)' })
  @ApiCreatedResponse({ type: AppointmentResponse })
  @ApiConflictResponse({ description: 'SLOT_FULL, SLOT_NOT_BOOKABLE or ALREADY_BOOKED' })
  book(@Ctx() ctx: RequestContext, @Body() body: BookAppointmentBody, @RequestLocale() locale: Locale): Promise<AppointmentResponse> {
    return this.booking.book(ctx, body, 'citizen', locale);
  }

  @Get('appointments')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My appointments' })
  @ApiOkResponse({ type: AppointmentListResponse })
  async mine(@Ctx() ctx: RequestContext, @RequestLocale() locale: Locale): Promise<AppointmentListResponse> {
    return { items: await this.booking.myAppointments(ctx, locale) };
  }

  @Post('appointments/:appointmentId/cancel')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(200)
  @ApiOperation({ summary: "Cancel before the office's cut-off" })
  @ApiOkResponse({ type: AppointmentResponse })
  cancel(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: CancelAppointmentBody, @RequestLocale() locale: Locale): Promise<AppointmentResponse> {
    return this.booking.cancelOwn(ctx, p.appointmentId, body.reason, locale);
  }

  @Post('appointments/:appointmentId/reschedule')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(200)
  @ApiOperation({ summary: 'Move to another slot (atomic)' })
  @ApiOkResponse({ type: AppointmentResponse })
  reschedule(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Body() body: RescheduleAppointmentBody, @RequestLocale() locale: Locale): Promise<AppointmentResponse> {
    return this.booking.rescheduleOwn(ctx, p.appointmentId, body.slotId, body.channel, locale);
  }

  @Get('appointments/:appointmentId/ics')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'The appointment as an iCalendar file' })
  @ApiProduces('text/calendar')
  async ics(@Ctx() ctx: RequestContext, @Param() p: AppointmentIdParam, @Res() res: Response, @RequestLocale() locale: Locale): Promise<void> {
    const body = await this.booking.icsOf(ctx, p.appointmentId, locale);
    res.type('text/calendar').setHeader('Content-Disposition', `attachment; filename="appuntamento-${p.appointmentId}.ics"`);
    res.send(body);
  }
}
