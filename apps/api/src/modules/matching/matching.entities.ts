import { ApplicationEntity } from './entities/application.entity';
import { ComuneEntity } from './entities/comune.entity';
import { CourseEntity } from './entities/course.entity';
import { OccupationSkillEntity } from './entities/occupation-skill.entity';
import { OccupationEntity } from './entities/occupation.entity';
import { OfferRefusalEntity } from './entities/offer-refusal.entity';
import { ProfileEntity } from './entities/profile.entity';
import { RecruitingDayEntity, RecruitingDaySignupEntity, RecruitingDaySlotEntity } from './entities/recruiting-day.entity';
import { MatchingRuleEntity } from './entities/rule.entity';
import { SavedVacancyEntity } from './entities/saved-vacancy.entity';
import { SkillEntity } from './entities/skill.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { ContactRequestEntity } from './entities/contact-request.entity';
import { ValidatedSkillEntity } from './entities/validated-skill.entity';

/**
 * The matching module's entities (schema `matching`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const MATCHING_ENTITIES = [
  OccupationEntity,
  SkillEntity,
  OccupationSkillEntity,
  ComuneEntity,
  ProfileEntity,
  VacancyEntity,
  ApplicationEntity,
  SavedVacancyEntity,
  CourseEntity,
  OfferRefusalEntity,
  MatchingRuleEntity,
  RecruitingDayEntity,
  RecruitingDaySignupEntity,
  RecruitingDaySlotEntity,
  ContactRequestEntity,
  ValidatedSkillEntity,
];
