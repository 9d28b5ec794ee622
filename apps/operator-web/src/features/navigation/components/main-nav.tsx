import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useSession } from '../../auth/api/use-session';
import { condizionalitaPaths } from '../../condizionalita/condizionalita-paths';
import { intermediariesPaths } from '../../intermediaries/intermediaries-paths';
import { companiesPaths } from '../../companies/companies-paths';
import { accreditationPaths } from '../../accreditation/accreditation-paths';
import { campaignsPaths } from '../../campaigns/campaigns-paths';
import { ivcPaths } from '../../ivc/ivc-paths';
import { monitoringPaths } from '../../monitoring/monitoring-paths';
import { surveysPaths } from '../../surveys/surveys-paths';

type Section =
  | 'ivc'
  | 'worklist'
  | 'citizens'
  | 'ecoach'
  | 'agenda'
  | 'invitations'
  | 'matching'
  | 'condizionalita'
  | 'intermediaries'
  | 'companies'
  | 'accreditation'
  | 'campaigns'
  | 'monitoring'
  | 'satisfaction';

/** true for `path` itself and anything below it */
const within = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/**
 * Which section a path belongs to: /agenda/inviti, /agenda/convoca and /agenda/convocazioni/… are "Inviti e convocazioni";
 * a person's pathway, patto and reserved area (/cittadini/…, /patti/…) are "Cittadini"; vacancies, courses and
 * recruiting days (/offerte/…, /corsi, /recruiting-day) are "Offerte e preselezione".
 */
function sectionOf(pathname: string): Section | undefined {
  if (within(pathname, intermediariesPaths.people) || within(pathname, intermediariesPaths.register) || within(pathname, intermediariesPaths.pending)) return 'intermediaries';
  if (within(pathname, accreditationPaths.registry)) return 'accreditation';
  if (within(pathname, campaignsPaths.list)) return 'campaigns';
  if (within(pathname, ivcPaths.cases)) return 'ivc';
  if (within(pathname, monitoringPaths.dashboard)) return 'monitoring';
  if (within(pathname, surveysPaths.results)) return 'satisfaction';
  if (within(pathname, condizionalitaPaths.cases)) return 'condizionalita';
  if (within(pathname, companiesPaths.list)) return 'companies';
  if (within(pathname, paths.vacancies) || within(pathname, paths.courses) || within(pathname, paths.recruitingDays)) return 'matching';
  if (pathname === paths.worklist || pathname.startsWith(`${paths.worklist}/`)) return 'worklist';
  if (pathname === paths.ecoach || pathname.startsWith(`${paths.ecoach}/`)) return 'ecoach';
  if (pathname === paths.citizens || pathname.startsWith(`${paths.citizens}/`) || pathname.startsWith('/patti/')) return 'citizens';
  if (pathname === paths.invitations || pathname.startsWith('/agenda/convoca')) return 'invitations';
  if (pathname === paths.agenda || pathname.startsWith(`${paths.agenda}/`)) return 'agenda';
  return undefined;
}

/** The back office's sections, in the header next to the user area; only for a logged-in operator. */
export function MainNav() {
  const { t } = useTranslation('operator');
  const { pathname } = useLocation();
  const session = useSession();
  if (!session.data?.authenticated) return null;
  const current = sectionOf(pathname);
  const items = [
    { key: 'worklist', to: paths.worklist, label: t('nav.worklist') },
    { key: 'citizens', to: paths.citizens, label: t('nav.citizens') },
    { key: 'ecoach', to: paths.ecoach, label: t('nav.ecoach') },
    { key: 'agenda', to: paths.agenda, label: t('nav.agenda') },
    { key: 'invitations', to: paths.invitations, label: t('nav.invitations') },
    { key: 'matching', to: paths.vacancies, label: t('matching.nav') },
    { key: 'condizionalita', to: condizionalitaPaths.cases, label: t('condizionalita.nav') },
    { key: 'companies', to: companiesPaths.list, label: t('companies.nav') },
  ] as const satisfies readonly { key: Section; to: string; label: string }[];
  // an intermediary's operator (patronato, CAF, municipality) sees only their people; a region admin also the register
  const roles: readonly string[] = session.data.user?.roles ?? [];
  const officeStaff = roles.some((r) => r === 'operator' || r === 'cpi_manager' || r === 'region_admin');
  const shown: readonly { key: Section; to: string; label: string }[] = officeStaff
    ? [
        ...items,
        // validation of competences: office staff guide the cases (an appointed assessor also reaches their cases from there)
        { key: 'ivc' as const, to: ivcPaths.cases, label: t('ivc.nav') },
        roles.includes('region_admin')
          ? { key: 'intermediaries' as const, to: intermediariesPaths.register, label: t('intermediaries.nav') }
          : { key: 'intermediaries' as const, to: intermediariesPaths.pending, label: t('intermediaries.review.nav') },
        ...(roles.includes('region_admin') || roles.includes('cpi_manager')
          ? [{ key: 'accreditation' as const, to: accreditationPaths.registry, label: t('accreditation.nav') }]
          : []),
        // outreach campaigns: region admins (any office of the region) and CPI managers (their offices) only
        ...(roles.includes('region_admin') || roles.includes('cpi_manager') ? [{ key: 'campaigns' as const, to: campaignsPaths.list, label: t('campaigns.nav') }] : []),
        // the managers' dashboard: region admins (the region) and CPI managers (their offices) only
        ...(roles.includes('region_admin') || roles.includes('cpi_manager') ? [{ key: 'monitoring' as const, to: monitoringPaths.dashboard, label: t('monitoring.nav') }] : []),
        // satisfaction results (surveys): the same managers
        ...(roles.includes('region_admin') || roles.includes('cpi_manager') ? [{ key: 'satisfaction' as const, to: surveysPaths.results, label: t('surveys.nav') }] : []),
      ]
    : roles.includes('intermediary_staff')
      ? [{ key: 'intermediaries', to: intermediariesPaths.people, label: t('intermediaries.acting.title') }]
      : roles.includes('ivc_assessor')
        ? [{ key: 'ivc', to: ivcPaths.assessments, label: t('ivc.nav') }]
        : items;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {shown.map((item) => (
          <li key={item.key}>
            <Link to={item.to} className="main-nav__link" aria-current={current === item.key ? (pathname === item.to ? 'page' : 'true') : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
