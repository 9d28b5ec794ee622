import { ApplicationEntity } from '../modules/matching/entities/application.entity';
import { ComuneEntity } from '../modules/matching/entities/comune.entity';
import { CourseEntity } from '../modules/matching/entities/course.entity';
import { OccupationSkillEntity } from '../modules/matching/entities/occupation-skill.entity';
import { OccupationEntity } from '../modules/matching/entities/occupation.entity';
import { OfferRefusalEntity } from '../modules/matching/entities/offer-refusal.entity';
import { ProfileEntity } from '../modules/matching/entities/profile.entity';
import { RecruitingDayEntity, RecruitingDaySignupEntity, RecruitingDaySlotEntity } from '../modules/matching/entities/recruiting-day.entity';
import { MatchingRuleEntity } from '../modules/matching/entities/rule.entity';
import { SavedVacancyEntity } from '../modules/matching/entities/saved-vacancy.entity';
import { SkillEntity } from '../modules/matching/entities/skill.entity';
import { VacancyEntity } from '../modules/matching/entities/vacancy.entity';
import { BlobEntity } from '../modules/dossier/entities/blob.entity';
import { DocumentEntity } from '../modules/dossier/entities/document.entity';
import { DossierMessageEntity } from '../modules/dossier/entities/dossier-message.entity';
import { ChannelProfileEntity } from '../modules/patto/entities/channel-profile.entity';
import { CoachAlertEntity } from '../modules/patto/entities/coach-alert.entity';
import { DidEntity } from '../modules/patto/entities/did.entity';
import { LegalParameterEntity } from '../modules/patto/entities/legal-parameter.entity';
import { PattoSignatureEntity } from '../modules/patto/entities/patto-signature.entity';
import { PattoTemplateEntity } from '../modules/patto/entities/patto-template.entity';
import { PattoVersionEntity } from '../modules/patto/entities/patto-version.entity';
import { PattoEntity } from '../modules/patto/entities/patto.entity';
import { PlanItemEntity } from '../modules/patto/entities/plan-item.entity';
import { ProfilingModelEntity } from '../modules/patto/entities/profiling-model.entity';
import { ProfilingEntity } from '../modules/patto/entities/profiling.entity';
import { SignatureChallengeEntity } from '../modules/patto/entities/signature-challenge.entity';
import { AppointmentEntity } from '../modules/agenda/entities/appointment.entity';
import { AvailabilityExceptionEntity } from '../modules/agenda/entities/availability-exception.entity';
import { AvailabilityRuleEntity } from '../modules/agenda/entities/availability-rule.entity';
import { ConvocationEntity } from '../modules/agenda/entities/convocation.entity';
import { InvitationEntity } from '../modules/agenda/entities/invitation.entity';
import { OfficeCalendarEntity } from '../modules/agenda/entities/office-calendar.entity';
import { OutboxEventEntity } from '../platform/events/outbox-event.entity';
import { EventDeliveryEntity } from '../platform/events/event-delivery.entity';
import { ServiceTypeEntity } from '../modules/agenda/entities/service-type.entity';
import { SlotEntity } from '../modules/agenda/entities/slot.entity';
import { DeliveryAttemptEntity } from '../modules/notifications/entities/delivery-attempt.entity';
import { DeliveryReceiptEntity } from '../modules/notifications/entities/delivery-receipt.entity';
import { DevMailEntity } from '../modules/notifications/entities/dev-mail.entity';
import { MessageEntity } from '../modules/notifications/entities/message.entity';
import { PreferenceEntity } from '../modules/notifications/entities/preference.entity';
import { AuditEventEntity } from '../platform/audit/audit-event.entity';
import { RateLimitCounterEntity } from '../platform/rate-limit/rate-limit-counter.entity';
import { AuthnRequestEntity } from '../modules/identity/entities/authn-request.entity';
import { SessionEntity } from '../modules/identity/entities/session.entity';
import { LogoutRequestEntity } from '../modules/identity/entities/logout-request.entity';
import { EidasIdentityEntity } from '../modules/identity/entities/eidas-identity.entity';
import { AgencyStaffEntity } from '../modules/registry/entities/agency-staff.entity';
import { AgencyEntity } from '../modules/registry/entities/agency.entity';
import { CitizenEntity } from '../modules/registry/entities/citizen.entity';
import { CompanyUserEntity } from '../modules/registry/entities/company-user.entity';
import { CompanyEntity } from '../modules/registry/entities/company.entity';
import { OfficeComuneEntity } from '../modules/registry/entities/office-comune.entity';
import { OfficeEntity } from '../modules/registry/entities/office.entity';
import { RegionEntity } from '../modules/registry/entities/region.entity';
import { StaffOfficeEntity } from '../modules/registry/entities/staff-office.entity';
import { StaffEntity } from '../modules/registry/entities/staff.entity';

/** Every entity of every module, for the DataSource (migrations, drift check) and the app. */
export const ENTITIES = [
  AuditEventEntity, RateLimitCounterEntity, OutboxEventEntity, EventDeliveryEntity,
  AuthnRequestEntity, SessionEntity, LogoutRequestEntity, EidasIdentityEntity,
  RegionEntity, OfficeEntity, OfficeComuneEntity, StaffEntity, StaffOfficeEntity,
  AgencyEntity, AgencyStaffEntity, CompanyEntity, CompanyUserEntity, CitizenEntity,
  ServiceTypeEntity, AvailabilityRuleEntity, AvailabilityExceptionEntity, OfficeCalendarEntity, SlotEntity, AppointmentEntity,
  InvitationEntity, ConvocationEntity,
  MessageEntity, DeliveryAttemptEntity, DeliveryReceiptEntity, PreferenceEntity, DevMailEntity,
  LegalParameterEntity, DidEntity, ChannelProfileEntity, ProfilingModelEntity, ProfilingEntity, PattoTemplateEntity, PattoEntity,
  PattoVersionEntity, PattoSignatureEntity, SignatureChallengeEntity, PlanItemEntity, CoachAlertEntity,
  DocumentEntity, BlobEntity, DossierMessageEntity,
  OccupationEntity, SkillEntity, OccupationSkillEntity, ComuneEntity, ProfileEntity, VacancyEntity, ApplicationEntity, SavedVacancyEntity,
  CourseEntity, OfferRefusalEntity, MatchingRuleEntity, RecruitingDayEntity, RecruitingDaySignupEntity, RecruitingDaySlotEntity,
];
