import { Breadcrumbs } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { breadcrumbTrail } from '../breadcrumb-trail';

/** The breadcrumb of the current inner page (nothing on the homes and public pages). */
export function PageBreadcrumbs() {
  const { t } = useTranslation('citizen');
  const { pathname } = useLocation();
  const trail = breadcrumbTrail(pathname);
  return <Breadcrumbs label={t('home.crumbs.label')} items={trail.map((c, i) => (i === trail.length - 1 ? { label: t(c.labelKey) } : { label: t(c.labelKey), to: c.to }))} />;
}
