import { useTextsComplete } from '@opencpi/i18n';
import { AppLayout } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../../features/auth/api/use-session';
import { CitizenUserArea } from '../../features/auth/components/citizen-user-area';
import { MainNav } from '../../features/navigation/components/main-nav';
import { PageBreadcrumbs } from '../../features/navigation/components/page-breadcrumbs';
import { areaOf, homePath } from '../../features/navigation/nav-items';
import { impresePaths } from '../../features/imprese/imprese-paths';
import { openDataPath } from '../../features/open-data/open-data-paths';

/**
 * The citizen app's frame: the header says which area the page belongs to ("Area cittadini", or "Area imprese" under
 * /imprese), the main navigation once logged in, the breadcrumb of inner pages, then the page.
 */
export function RootLayout() {
  const { t } = useTranslation('citizen');
  const { pathname } = useLocation();
  const session = useSession();
  const company = areaOf(pathname) === 'company';
  // the menu and the breadcrumbs read texts a first page (the landing page…) has not loaded yet: shown once they are
  const textsComplete = useTextsComplete();
  const loggedIn = session.data?.authenticated === true && textsComplete;
  return (
    <AppLayout
      appName={t('app.name')}
      tagline={company ? t('home.areas.companyTagline') : t('home.areas.citizenTagline')}
      homePath={loggedIn ? (company ? impresePaths.vacancies : homePath) : '/'}
      userArea={<CitizenUserArea />}
      nav={loggedIn ? <MainNav /> : undefined}
      footerLinks={[{ to: openDataPath, label: t('app.openDataLink') }]}
    >
      {loggedIn && <PageBreadcrumbs />}
      <Outlet />
    </AppLayout>
  );
}
