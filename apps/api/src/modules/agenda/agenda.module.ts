import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { AppointmentLinks } from './appointments/appointment-links';
import { AppointmentQueryService } from './appointments/appointment-query.service';
import { AvailabilityRepository } from './availability/availability.repository';
import { AvailabilityService } from './availability/availability.service';
import { BookingMessages } from './booking/booking-messages';
import { BookingService } from './booking/booking.service';
import { CalendarService } from './calendar/calendar.service';
import { CitizenAgendaController } from './citizen-agenda.controller';
import { ConvocationsRepository } from './convocations/convocations.repository';
import { ConvocationsService } from './convocations/convocations.service';
import { InvitationsRepository } from './invitations/invitations.repository';
import { InvitationsService } from './invitations/invitations.service';
import { LiveSweepJob } from './jobs/live-sweep.job';
import { AgendaKpiRepository } from './kpi/agenda-kpi.repository';
import { AgendaKpiService } from './kpi/agenda-kpi.service';
import { OperatorAgendaController } from './operator-agenda.controller';
import { OperatorCitizenAppointmentsController } from './operator-citizen-appointments.controller';
import { OutreachInvitationsService } from './invitations/outreach-invitations.service';
import { PublicInvitationController, PublicRecallController } from './public-invitation.controller';
import { RecallService } from './recall/recall.service';

@Module({
  imports: [RegistryModule],
  controllers: [CitizenAgendaController, OperatorAgendaController, OperatorCitizenAppointmentsController, PublicInvitationController, PublicRecallController],
  providers: [
    AgendaRepository,
    AvailabilityRepository,
    InvitationsRepository,
    ConvocationsRepository,
    AppointmentLinks,
    AppointmentQueryService,
    BookingMessages,
    AgendaService,
    BookingService,
    RecallService,
    AvailabilityService,
    CalendarService,
    InvitationsService,
    ConvocationsService,
    OutreachInvitationsService,
    AgendaKpiRepository,
    AgendaKpiService,
    LiveSweepJob,
  ],
  exports: [AgendaService, AgendaKpiService], // what other modules may ask the agenda
})
export class AgendaModule {}
