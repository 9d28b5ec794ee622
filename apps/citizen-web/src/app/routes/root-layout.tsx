import { AppLayout } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { CitizenUserArea } from '../../features/auth/components/citizen-user-area';
import { openDataPath } from '../../features/open-data/open-data-paths';

export function RootLayout() {
  const { t } = useTranslation('citizen');
  return (
    <AppLayout appName={t('app.name')} tagline={t('app.tagline')} userArea={<CitizenUserArea />} footerLinks={[{ to: openDataPath, label: t('openData.footerLink') }]}>
      <Outlet />
    </AppLayout>
  );
}
