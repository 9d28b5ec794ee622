import { Icon } from 'design-react-kit';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useIsEmployer } from '../../imprese/hooks/use-is-employer';
import { impresePaths } from '../../imprese/imprese-paths';
import { areaOf, citizenMoreNav, citizenNav, companyNav, homePath, isCurrent, type NavItem } from '../nav-items';
import '../navigation.css';

function NavEntry({ item, pathname }: { item: NavItem; pathname: string }) {
  const { t } = useTranslation('citizen');
  const current = isCurrent(item, pathname);
  return (
    <li className="nav-item">
      <Link to={item.to} className={current ? 'nav-link active' : 'nav-link'} aria-current={current ? 'page' : undefined}>
        <span>{t(item.labelKey)}</span>
      </Link>
    </li>
  );
}

/** "Altro": a disclosure with the other pages of the person's path (and the company area for its representatives). */
function MoreMenu({ pathname }: { pathname: string }) {
  const { t } = useTranslation('citizen');
  const isEmployer = useIsEmployer();
  const [open, setOpen] = useState(false);
  const listId = useId();
  useEffect(() => setOpen(false), [pathname]);
  const items: readonly NavItem[] = isEmployer ? [...citizenMoreNav, { to: impresePaths.vacancies, labelKey: 'home.nav.toCompanies' }] : citizenMoreNav;
  const current = items.some((i) => i.to !== '/piano' && isCurrent(i, pathname) && !citizenNav.some((n) => isCurrent(n, pathname)));
  return (
    <li className="nav-item app-more">
      <button
        type="button"
        className={current ? 'nav-link app-more__toggle active' : 'nav-link app-more__toggle'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span>{t('home.nav.more')}</span>
        <Icon icon={open ? 'it-collapse' : 'it-expand'} size="sm" aria-hidden="true" />
      </button>
      <ul id={listId} className="app-more__list list-unstyled" hidden={!open}>
        {items.map((item) => {
          const here = isCurrent(item, pathname);
          return (
            <li key={item.to}>
              <Link to={item.to} aria-current={here ? 'page' : undefined}>
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/**
 * The main navigation of the logged-in person, under the header (Designers Italia header-navbar): the citizen area's
 * five entries and "Altro", or the company area's entries under /imprese. On phones it folds behind "Menu".
 */
export function MainNav() {
  const { t } = useTranslation('citizen');
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const navId = useId();
  useEffect(() => setOpen(false), [pathname]);
  const company = areaOf(pathname) === 'company';
  const items = company ? companyNav : citizenNav;

  return (
    <div className="app-main-nav">
      <div className="container">
        <nav aria-label={company ? t('home.nav.companyLabel') : t('home.nav.label')}>
          <div className="app-main-nav__bar">
            <button type="button" className="app-main-nav__toggle" aria-expanded={open} aria-controls={navId} onClick={() => setOpen((o) => !o)}>
              <Icon icon={open ? 'it-close' : 'it-burger'} size="sm" aria-hidden="true" />
              <span>{t('home.nav.toggle')}</span>
            </button>
            {/* on phones the header's tagline is hidden: the bar still says which area this is */}
            <span className="app-main-nav__area">{company ? t('home.nav.toCompanies') : t('home.nav.toCitizens')}</span>
          </div>
          <ul id={navId} className={open ? 'app-main-nav__list is-open' : 'app-main-nav__list'}>
            {items.map((item) => (
              <NavEntry key={item.to} item={item} pathname={pathname} />
            ))}
            {company ? (
              <li className="nav-item">
                <Link to={homePath} className="nav-link">
                  <span>{t('home.nav.toCitizens')}</span>
                </Link>
              </li>
            ) : (
              <MoreMenu pathname={pathname} />
            )}
          </ul>
        </nav>
      </div>
    </div>
  );
}
