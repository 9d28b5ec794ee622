import { AppointmentEntity } from './entities/appointment.entity';
import { AvailabilityExceptionEntity } from './entities/availability-exception.entity';
import { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import { ConvocationEntity } from './entities/convocation.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { OfficeCalendarEntity } from './entities/office-calendar.entity';
import { ServiceTypeEntity } from './entities/service-type.entity';
import { SlotEntity } from './entities/slot.entity';

/**
 * The agenda module's entities (schema `agenda`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const AGENDA_ENTITIES = [
  ServiceTypeEntity,
  AvailabilityRuleEntity,
  AvailabilityExceptionEntity,
  OfficeCalendarEntity,
  SlotEntity,
  AppointmentEntity,
  InvitationEntity,
  ConvocationEntity,
];
