import type { CitizenKey } from '../shared/citizen-key';
import { certificatesPath } from '../certificates/certificates-paths';
import { condizionalitaPaths } from '../condizionalita/condizionalita-paths';
import { consentPath } from '../consent/consent-paths';
import { delegationsPath } from '../delegations/delegations-paths';
import { impresePaths } from '../imprese/imprese-paths';
import { ivcPath } from '../ivc/ivc-paths';
import { matchingPaths } from '../matching/matching-paths';
import { messagePreferencesPath } from '../message-preferences/message-preferences-paths';
import { portabilityPath } from '../portability/portability-paths';
import { surveysPath } from '../surveys/surveys-paths';
import { homePath } from './nav-items';

/** A crumb as data: a catalogue key (`citizen` namespace) and the path it links to. */
export interface CrumbKey {
  labelKey: CitizenKey;
  to: string;
}

const HOME: CrumbKey = { labelKey: 'home.crumbs.home', to: homePath };
const COMPANY_HOME: CrumbKey = { labelKey: 'home.crumbs.companyHome', to: impresePaths.vacancies };
const APPOINTMENTS: CrumbKey = { labelKey: 'agenda.list.title', to: '/appuntamenti' };
const PATTO: CrumbKey = { labelKey: 'home.crumbs.patto', to: '/patto' };
const VACANCIES: CrumbKey = { labelKey: 'matching.vacancies.title', to: matchingPaths.vacancies };
const OBLIGATIONS: CrumbKey = { labelKey: 'condizionalita.title', to: condizionalitaPaths.obligations };

/** Pages of one level under the home: path → title key. */
const FIRST_LEVEL: Record<string, CitizenKey> = {
  '/appuntamenti': 'agenda.list.title',
  '/did': 'did.title',
  '/canale': 'channel.title',
  '/patto': 'patto.title',
  '/area-riservata': 'dossier.title',
  [matchingPaths.profile]: 'matching.profile.title',
  [matchingPaths.vacancies]: 'matching.vacancies.title',
  [matchingPaths.applications]: 'matching.applications.title',
  [matchingPaths.courses]: 'matching.courses.title',
  [matchingPaths.recruitingDays]: 'matching.recruitingDays.title',
  [condizionalitaPaths.obligations]: 'condizionalita.title',
  [consentPath]: 'consent.title',
  [certificatesPath]: 'certificates.title',
  [portabilityPath]: 'portability.title',
  [surveysPath]: 'surveys.title',
  [ivcPath]: 'ivc.title',
  [delegationsPath]: 'intermediaries.title',
  '/contatti-aziende': 'companies.contactRequests.title',
  [messagePreferencesPath]: 'messages.title',
};

/**
 * The breadcrumb of a logged-in page, from its path: the home ("La mia situazione", or "Area imprese" under /imprese),
 * the parents, the page (the last crumb's `to` is the page itself). Empty on the homes and on pages outside the
 * person's area (login, public links, legal pages): no breadcrumb there.
 */
export function breadcrumbTrail(pathname: string): CrumbKey[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const first = FIRST_LEVEL[path];
  if (first) return [HOME, { labelKey: first, to: path }];
  if (path === '/appuntamenti/prenota') return [HOME, APPOINTMENTS, { labelKey: 'home.crumbs.bookAppointment', to: path }];
  if (/^\/appuntamenti\/[^/]+\/sposta$/.test(path)) return [HOME, APPOINTMENTS, { labelKey: 'home.crumbs.reschedule', to: path }];
  if (path === '/piano') return [HOME, PATTO, { labelKey: 'home.crumbs.plan', to: path }];
  if (path.startsWith(`${matchingPaths.vacancies}/`)) return [HOME, VACANCIES, { labelKey: 'matching.vacancy.fallbackTitle', to: path }];
  if (path.startsWith(`${condizionalitaPaths.obligations}/`)) return [HOME, OBLIGATIONS, { labelKey: 'home.crumbs.case', to: path }];
  if (path === impresePaths.newVacancy) return [COMPANY_HOME, { labelKey: 'imprese.create.title', to: path }];
  if (path === impresePaths.company) return [COMPANY_HOME, { labelKey: 'companies.profile.title', to: path }];
  if (path === impresePaths.register) return [COMPANY_HOME, { labelKey: 'companies.register.title', to: path }];
  if (path.startsWith('/imprese/offerte/')) return [COMPANY_HOME, { labelKey: 'home.crumbs.vacancy', to: path }];
  return [];
}
