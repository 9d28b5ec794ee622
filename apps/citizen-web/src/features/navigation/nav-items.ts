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

/** The citizen's home after login: "La mia situazione" (the API redirects there after SPID/CIE). */
export const homePath = '/profilo';

export interface NavItem {
  to: string;
  /** key in the `citizen` namespace */
  labelKey: CitizenKey;
  /** other path prefixes that belong to this entry (the entry is marked current on them) */
  also?: readonly string[];
}

/** The main navigation of the citizen area (Designers Italia header-navbar): five entries and "Altro". */
export const citizenNav: readonly NavItem[] = [
  { to: homePath, labelKey: 'home.nav.home' },
  { to: '/appuntamenti', labelKey: 'home.nav.appointments' },
  { to: '/patto', labelKey: 'home.nav.pattoPlan', also: ['/piano'] },
  {
    to: matchingPaths.vacancies,
    labelKey: 'home.nav.vacancies',
    also: [matchingPaths.profile, matchingPaths.applications, matchingPaths.courses, matchingPaths.recruitingDays],
  },
  { to: '/area-riservata', labelKey: 'home.nav.dossier' },
];

/** "Altro": the other pages of the person's path (the links the old profile page listed). */
export const citizenMoreNav: readonly NavItem[] = [
  { to: '/did', labelKey: 'journey.did' },
  { to: '/canale', labelKey: 'journey.channel' },
  { to: '/piano', labelKey: 'journey.plan' },
  { to: matchingPaths.profile, labelKey: 'matching.links.profile' },
  { to: matchingPaths.applications, labelKey: 'matching.links.applications' },
  { to: matchingPaths.courses, labelKey: 'matching.links.courses' },
  { to: matchingPaths.recruitingDays, labelKey: 'matching.links.recruitingDays' },
  { to: condizionalitaPaths.obligations, labelKey: 'condizionalita.nav' },
  { to: consentPath, labelKey: 'consent.nav' },
  { to: certificatesPath, labelKey: 'certificates.nav' },
  { to: portabilityPath, labelKey: 'portability.nav' },
  { to: surveysPath, labelKey: 'surveys.nav' },
  { to: ivcPath, labelKey: 'ivc.nav' },
  { to: delegationsPath, labelKey: 'intermediaries.nav' },
  { to: messagePreferencesPath, labelKey: 'messages.nav' },
];

/** The company area's navigation (/imprese). */
export const companyNav: readonly NavItem[] = [
  { to: impresePaths.vacancies, labelKey: 'home.nav.companyVacancies', also: ['/imprese/offerte/'] },
  { to: impresePaths.newVacancy, labelKey: 'home.nav.companyNew' },
  { to: impresePaths.company, labelKey: 'home.nav.companyProfile' },
];

/** Is `pathname` the page of `item` (or one of its sub-pages)? The home matches only itself. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  const match = (p: string) => pathname === p || (p !== homePath && p !== impresePaths.vacancies && pathname.startsWith(p.endsWith('/') ? p : `${p}/`));
  if (item.to === impresePaths.newVacancy) return pathname === item.to;
  return match(item.to) || (item.also ?? []).some((p) => (p.endsWith('/') ? pathname.startsWith(p) && pathname !== impresePaths.newVacancy : match(p)));
}

/** The area a path belongs to: the company area is everything under /imprese. */
export function areaOf(pathname: string): 'company' | 'citizen' {
  return pathname === impresePaths.vacancies || pathname.startsWith(`${impresePaths.vacancies}/`) ? 'company' : 'citizen';
}
