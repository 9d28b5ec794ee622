import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentListResponse, CitizenIdParam, OFFICE_ROLES } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from '../registry/registry.service';
import { toAppointmentResponse } from './agenda.mapper';
import { AppointmentLinks } from './appointments/appointment-links';
import { AppointmentQueryService } from './appointments/appointment-query.service';

/** The audit action of an operator reading one person's appointments (the dossier's "Appuntamenti" tab). */
export const CITIZEN_APPOINTMENTS_READ = 'agenda.citizen-appointments.read';

/**
 * One person's appointments as the back office sees them (the dossier): the person must belong to an office the
 * caller serves (else 404, audited as denied); the read is audited.
 */
@ApiTags('agenda')
@Controller('operator/agenda/citizens/:citizenId')
export class OperatorCitizenAppointmentsController {
  constructor(
    private readonly registry: RegistryService,
    private readonly appointments: AppointmentQueryService,
    private readonly links: AppointmentLinks,
  ) {}

  @Get('appointments')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "A person's appointments, most recent first (office-scoped, audited)" })
  @ApiOkResponse({ type: AppointmentListResponse })
  @ApiNotFoundResponse({ description: 'No such citizen in the offices you serve (CITIZEN_NOT_FOUND)' })
  async list(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<AppointmentListResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, p.citizenId, CITIZEN_APPOINTMENTS_READ);
    const rows = await this.appointments.ofCitizen(citizen.fiscalCode);
    return { items: rows.map((r) => toAppointmentResponse(r, { videoRoom: this.links.videoRoom })) };
  }
}
