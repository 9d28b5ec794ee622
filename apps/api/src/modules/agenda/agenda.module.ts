import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { CitizenAgendaController } from './citizen-agenda.controller';
import { OperatorAgendaController } from './operator-agenda.controller';

@Module({
  imports: [RegistryModule],
  controllers: [CitizenAgendaController, OperatorAgendaController],
  providers: [AgendaRepository, AgendaService],
  exports: [AgendaService],
})
export class AgendaModule {}
