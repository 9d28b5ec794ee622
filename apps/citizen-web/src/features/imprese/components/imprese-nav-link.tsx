import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIsEmployer } from '../hooks/use-is-employer';
import { impresePaths } from '../imprese-paths';

/**
 * A small link to the company area, shown only to employers (nothing for everybody else). Not in the header: it is
 * meant for a page of the citizen's path, e.g. the profile.
 */
export function ImpreseNavLink({ className }: { className?: string }) {
  const { t } = useTranslation('citizen');
  const isEmployer = useIsEmployer();
  if (!isEmployer) return null;
  return (
    <p className={className}>
      <Link to={impresePaths.vacancies}>{t('imprese.nav.link')}</Link>
    </p>
  );
}
