import { useDocumentTitle } from '@opencpi/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackToProfile } from '../../shared/components/back-to-profile';
import { useIsEmployer } from '../hooks/use-is-employer';

/**
 * Renders its children only for the contact person of a registered company (session role `employer`); anybody else
 * logged in sees "Area imprese" and that the area is reserved. Goes inside RequireAuth.
 */
export function RequireEmployer({ children }: { children: ReactNode }) {
  const { t } = useTranslation('citizen');
  const isEmployer = useIsEmployer();
  useDocumentTitle(isEmployer ? undefined : t('imprese.restricted.title'));
  if (isEmployer) return <>{children}</>;
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('imprese.restricted.title')}</h1>
        <p className="lead">{t('imprese.restricted.text')}</p>
        <BackToProfile />
      </div>
    </div>
  );
}
