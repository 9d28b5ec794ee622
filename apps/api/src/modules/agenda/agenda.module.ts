import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { CitizenAgendaController } from './citizen-agenda.controller';
import { ConvocationsService } from './convocations.service';
import { InvitationsService } from './invitations.service';
import { OperatorAgendaController } from './operator-agenda.controller';
import { PublicInvitationController, PublicRecallController } from './public-invitation.controller';

@Module({
  imports: [RegistryModule],
  controllers: [CitizenAgendaController, OperatorAgendaController, PublicInvitationController, PublicRecallController],
  providers: [AgendaRepository, AgendaService, InvitationsService, ConvocationsService],
  exports: [AgendaService, InvitationsService],
})
export class AgendaModule {}
