import { Module, type OnModuleInit } from '@nestjs/common';
import { EventConsumers } from '../../platform/events/event-consumers';
import { DossierModule } from '../dossier/dossier.module';
import { NationalSystemsModule } from '../national-systems/national-systems.module';
import { RegistryModule } from '../registry/registry.module';
import { CaseNotifier } from './case-notifier';
import { CaseViewService } from './cases/case-view.service';
import { CitizenCasesService } from './cases/citizen-cases.service';
import { OperatorCasesService } from './cases/operator-cases.service';
import { CitizenCondizionalitaController } from './citizen-condizionalita.controller';
import { CondizionalitaRepository } from './condizionalita.repository';
import { ConvocationEvidenceConsumer } from './consumers/convocation-evidence.consumer';
import { OpenCaseConsumer } from './consumers/open-case.consumer';
import { ConvocationEvidenceRepository } from './convocation-evidence.repository';
import { DecisionsService } from './decisions/decisions.service';
import { LetterService } from './measures/letter.service';
import { MeasuresService } from './measures/measures.service';
import { OperatorCondizionalitaController } from './operator-condizionalita.controller';
import { CondizionalitaKpiRepository } from './kpi/condizionalita-kpi.repository';
import { CondizionalitaKpiService } from './kpi/condizionalita-kpi.service';

/**
 * Condizionalità (issue 13): cases opened by events that can lead to a sanction, the justification window, the
 * sanction ladder as data, decisions with four eyes, measures published to INPS through the outbox, the letter.
 */
@Module({
  imports: [RegistryModule, DossierModule, NationalSystemsModule],
  controllers: [CitizenCondizionalitaController, OperatorCondizionalitaController],
  providers: [
    CondizionalitaRepository,
    CaseNotifier,
    CaseViewService,
    CitizenCasesService,
    OperatorCasesService,
    DecisionsService,
    MeasuresService,
    LetterService,
    ConvocationEvidenceRepository,
    OpenCaseConsumer,
    ConvocationEvidenceConsumer,
    CondizionalitaKpiRepository,
    CondizionalitaKpiService,
  ],
  exports: [CondizionalitaKpiService, CitizenCasesService], // the person's own cases (`myCases`), read by portability (the person's dossier)
})
export class CondizionalitaModule implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly openCase: OpenCaseConsumer,
    private readonly convocationEvidence: ConvocationEvidenceConsumer,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this.openCase);
    this.consumers.register(this.convocationEvidence);
  }
}
