import { AGENCY_WORK_ENTITIES } from './agency-work.entities';
import { AccessTokenEntity } from './entities/access-token.entity';
import { AccreditationEntity } from './entities/accreditation.entity';
import { AgencyClientEntity } from './entities/agency-client.entity';
import { UsedAssertionEntity } from './entities/used-assertion.entity';

/** The `agencies` schema (issue 14). Other parts of the module (assignments, services, outcomes, webhooks) add theirs here. */
export const AGENCIES_ENTITIES = [AccreditationEntity, AgencyClientEntity, UsedAssertionEntity, AccessTokenEntity, ...AGENCY_WORK_ENTITIES];
