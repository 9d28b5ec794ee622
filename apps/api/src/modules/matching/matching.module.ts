import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { ApplicationsRepository } from './applications/applications.repository';
import { ApplicationsService } from './applications/applications.service';
import { CitizenMatchingService } from './applications/citizen-matching.service';
import { OutcomesService } from './applications/outcomes.service';
import { PreselectionService } from './applications/preselection.service';
import { RecruitingDaysRepository } from './applications/recruiting-days.repository';
import { RecruitingDaysService } from './applications/recruiting-days.service';
import { CitizenMatchingController } from './citizen-matching.controller';
import { CoursesRepository } from './courses/courses.repository';
import { CoursesService } from './courses/courses.service';
import { EmployerMatchingController } from './employer-matching.controller';
import { MatchingEngineService } from './engine/matching-engine.service';
import { MatchingRepository } from './matching.repository';
import { OperatorMatchingController } from './operator-matching.controller';
import { ProfilesRepository } from './profiles/profiles.repository';
import { ProfilesService } from './profiles/profiles.service';
import { PublicTaxonomyController } from './taxonomy/public-taxonomy.controller';
import { TaxonomyRepository } from './taxonomy/taxonomy.repository';
import { TaxonomyService } from './taxonomy/taxonomy.service';
import { VacanciesRepository } from './vacancies/vacancies.repository';
import { VacanciesService } from './vacancies/vacancies.service';

/** Profiles, vacancies, the explained scoring engine, training for the gaps, preselection, congruity, recruiting days. */
@Module({
  imports: [RegistryModule, NotificationsModule, PattoModule],
  controllers: [PublicTaxonomyController, CitizenMatchingController, EmployerMatchingController, OperatorMatchingController],
  providers: [
    MatchingRepository,
    TaxonomyRepository,
    ProfilesRepository,
    VacanciesRepository,
    ApplicationsRepository,
    CoursesRepository,
    RecruitingDaysRepository,
    TaxonomyService,
    ProfilesService,
    VacanciesService,
    MatchingEngineService,
    ApplicationsService,
    PreselectionService,
    OutcomesService,
    CitizenMatchingService,
    CoursesService,
    RecruitingDaysService,
  ],
  exports: [MatchingEngineService],
})
export class MatchingModule {}
