import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { ApplicationsService } from './applications/applications.service';
import { CitizenMatchingService } from './applications/citizen-matching.service';
import { RecruitingDaysService } from './applications/recruiting-days.service';
import { CitizenMatchingController } from './citizen-matching.controller';
import { CoursesService } from './courses/courses.service';
import { EmployerMatchingController } from './employer-matching.controller';
import { MatchingEngineService } from './engine/matching-engine.service';
import { MatchingRepository } from './matching.repository';
import { OperatorMatchingController } from './operator-matching.controller';
import { ProfilesService } from './profiles/profiles.service';
import { PublicTaxonomyController } from './taxonomy/public-taxonomy.controller';
import { TaxonomyService } from './taxonomy/taxonomy.service';
import { VacanciesService } from './vacancies/vacancies.service';

/** Profiles, vacancies, the explained scoring engine, training for the gaps, preselection, congruity, recruiting days. */
@Module({
  imports: [RegistryModule, NotificationsModule, PattoModule],
  controllers: [PublicTaxonomyController, CitizenMatchingController, EmployerMatchingController, OperatorMatchingController],
  providers: [MatchingRepository, TaxonomyService, ProfilesService, VacanciesService, MatchingEngineService, ApplicationsService, CitizenMatchingService, CoursesService, RecruitingDaysService],
  exports: [MatchingEngineService],
})
export class MatchingModule {}
