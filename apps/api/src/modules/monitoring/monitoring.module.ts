import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { CondizionalitaModule } from '../condizionalita/condizionalita.module';
import { MatchingModule } from '../matching/matching.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { SurveysModule } from '../surveys/surveys.module';
import { DashboardService } from './dashboard/dashboard.service';
import { KpiSourcesService } from './dashboard/kpi-sources.service';
import { MonitoringRepository } from './monitoring.repository';
import { OpenDataService } from './open-data/open-data.service';
import { OperatorMonitoringController } from './operator-monitoring.controller';
import { PublicOpenDataController } from './public-open-data.controller';
import { RefreshService } from './refresh/refresh.service';

/**
 * Monitoring (issue 16): indicators for managers, benchmark, open data. The data are the owners' aggregate views,
 * read and refreshed through their exported kpi services; this module keeps refresh runs and definitions.
 */
@Module({
  imports: [RegistryModule, AgendaModule, PattoModule, MatchingModule, CondizionalitaModule, SurveysModule],
  controllers: [OperatorMonitoringController, PublicOpenDataController],
  providers: [MonitoringRepository, KpiSourcesService, DashboardService, RefreshService, OpenDataService],
  exports: [RefreshService], // the benchmark and tests run a refresh at once
})
export class MonitoringModule {}
