import { AppLayout } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { OperatorUserArea } from '../../features/auth/components/operator-user-area';
import { MainNav } from '../../features/navigation/components/main-nav';

export function RootLayout() {
  const { t } = useTranslation('operator');
  return (
    <AppLayout
      appName={t('app.name')}
      tagline={t('app.tagline')}
      userArea={
        <div className="operator-header-zone">
          <MainNav />
          <OperatorUserArea />
        </div>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
