import { ErrorCode } from '@opencpi/contracts';

/**
 * Every error code → HTTP status and title. `satisfies Record<ErrorCode, …>` makes an unmapped code a
 * compile error (the exhaustive table of twentyhq/twenty). Modules own their rows (see *.errors.ts).
 */
import { AGENDA_ERRORS } from '../../modules/agenda/agenda.errors';
import { IDENTITY_ERRORS } from '../../modules/identity/identity.errors';
import { NOTIFICATIONS_ERRORS } from '../../modules/notifications/notifications.errors';
import { DOSSIER_ERRORS } from '../../modules/dossier/dossier.errors';
import { MATCHING_ERRORS } from '../../modules/matching/matching.errors';
import { PATTO_ERRORS } from '../../modules/patto/patto.errors';
import { REGISTRY_ERRORS } from '../../modules/registry/registry.errors';
import { NATIONAL_SYSTEMS_ERRORS } from '../../modules/national-systems/national-systems.errors';
import { CONDIZIONALITA_ERRORS } from '../../modules/condizionalita/condizionalita.errors';
import { CONSENT_ERRORS } from '../../modules/consent/consent.errors';
import { CERTIFICAZIONI_ERRORS } from '../../modules/certificazioni/certificazioni.errors';
import { CAMPAIGNS_ERRORS } from '../../modules/campaigns/campaigns.errors';
import { SURVEYS_ERRORS } from '../../modules/surveys/surveys.errors';
import { ASSISTANCE_ERRORS } from '../../modules/assistance/assistance.errors';
import { PORTABILITY_ERRORS } from '../../modules/portability/portability.errors';
import { AGENCY_WORK_ERRORS } from '../../modules/agencies/agency-work.errors';
import { AGENCY_ACCESS_ERRORS } from '../../modules/agencies/agency-access.errors';
import { INTERMEDIARIES_ERRORS } from '../../modules/intermediaries/intermediaries.errors';
import { IVC_ERRORS } from '../../modules/ivc/ivc.errors';
import { MONITORING_ERRORS } from '../../modules/monitoring/monitoring.errors';
import { EVENTS_ERRORS } from '../events/events.errors';

export interface ErrorStatus {
  status: number;
  title: string;
}

export const PLATFORM_ERRORS = {
  [ErrorCode.VALIDATION_FAILED]: { status: 400, title: 'The request is not valid' },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, title: 'Authentication required' },
  [ErrorCode.SESSION_EXPIRED]: { status: 401, title: 'The session has expired' },
  [ErrorCode.FORBIDDEN]: { status: 403, title: 'Not allowed' },
  [ErrorCode.CSRF_TOKEN_INVALID]: { status: 403, title: 'Missing or invalid CSRF token' },
  [ErrorCode.ROUTE_NOT_FOUND]: { status: 404, title: 'No such resource' },
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: { status: 415, title: 'Unsupported media type' },
  [ErrorCode.REQUEST_BODY_TOO_LARGE]: { status: 413, title: 'The request body is too large' },
  [ErrorCode.REQUEST_BODY_TOO_DEEP]: { status: 400, title: 'The request body is nested too deeply' },
  [ErrorCode.RATE_LIMITED]: { status: 429, title: 'Too many requests' },
  [ErrorCode.INTERNAL_ERROR]: { status: 500, title: 'Internal error' },
  [ErrorCode.SERVICE_UNAVAILABLE]: { status: 503, title: 'Service unavailable' },
} as const;

export const ERROR_STATUS = {
  ...PLATFORM_ERRORS,
  ...EVENTS_ERRORS,
  ...IDENTITY_ERRORS,
  ...REGISTRY_ERRORS,
  ...AGENDA_ERRORS,
  ...NOTIFICATIONS_ERRORS,
  ...PATTO_ERRORS,
  ...DOSSIER_ERRORS,
  ...MATCHING_ERRORS,
  ...NATIONAL_SYSTEMS_ERRORS,
  ...CONDIZIONALITA_ERRORS,
  ...INTERMEDIARIES_ERRORS,
  ...CONSENT_ERRORS,
  ...CERTIFICAZIONI_ERRORS,
  ...CAMPAIGNS_ERRORS,
  ...SURVEYS_ERRORS,
  ...ASSISTANCE_ERRORS,
  ...IVC_ERRORS,
  ...MONITORING_ERRORS,
  ...PORTABILITY_ERRORS,
  ...AGENCY_WORK_ERRORS,
  ...AGENCY_ACCESS_ERRORS,
} as const satisfies Record<ErrorCode, ErrorStatus>;
