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
import { CitizenContactRequestsController } from './contacts/citizen-contact-requests.controller';
import { CompanyCandidatesService } from './contacts/company-candidates.service';
import { ContactRequestsRepository } from './contacts/contact-requests.repository';
import { ContactRequestsService } from './contacts/contact-requests.service';
import { EmployerContactRequestsController } from './contacts/employer-contact-requests.controller';
import { OperatorContactRequestsController } from './contacts/operator-contact-requests.controller';
import { OperatorMatchingController } from './operator-matching.controller';
import { ProfilesRepository } from './profiles/profiles.repository';
import { ProfilesService } from './profiles/profiles.service';
import { PublicTaxonomyController } from './taxonomy/public-taxonomy.controller';
import { TaxonomyRepository } from './taxonomy/taxonomy.repository';
import { TaxonomyService } from './taxonomy/taxonomy.service';
import { VacanciesRepository } from './vacancies/vacancies.repository';
import { VacanciesService } from './vacancies/vacancies.service';
import { AgencyVacanciesService } from './vacancies/agency-vacancies.service';
import { MatchingProfilesService } from './profiles/matching-profiles.service';
import { ProfileFactsProvider } from './profiles/profile-facts.provider';
import { ValidatedSkillsRepository } from './profiles/validated-skills.repository';
import { MatchingKpiRepository } from './kpi/matching-kpi.repository';
import { MatchingKpiService } from './kpi/matching-kpi.service';

/** Profiles, vacancies, the explained scoring engine, training for the gaps, preselection, congruity, recruiting days. */
@Module({
  imports: [RegistryModule, NotificationsModule, PattoModule],
  controllers: [
    PublicTaxonomyController,
    CitizenMatchingController,
    EmployerMatchingController,
    OperatorMatchingController,
    EmployerContactRequestsController,
    CitizenContactRequestsController,
    OperatorContactRequestsController,
  ],
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
    ContactRequestsRepository,
    CompanyCandidatesService,
    ContactRequestsService,
    AgencyVacanciesService,
    MatchingKpiRepository,
    MatchingKpiService,
    ValidatedSkillsRepository,
    MatchingProfilesService, // exported: ivc adds validated competences
    ProfileFactsProvider, // gives patto the profile's experiences, education, languages, licences
  ],
  exports: [MatchingKpiService, MatchingEngineService, AgencyVacanciesService, ProfilesService, MatchingProfilesService], // ProfilesService: the person's profile, read by portability
})
export class MatchingModule {}
