import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useSession } from '../../auth/api/use-session';

/** Which section a path belongs to: /agenda/inviti, /agenda/convoca and /agenda/convocazioni/… are "Inviti e convocazioni". */
function sectionOf(pathname: string): 'citizens' | 'agenda' | 'invitations' | undefined {
  if (pathname === paths.citizens || pathname.startsWith(`${paths.citizens}/`)) return 'citizens';
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
    { key: 'citizens', to: paths.citizens, label: t('nav.citizens') },
    { key: 'agenda', to: paths.agenda, label: t('nav.agenda') },
    { key: 'invitations', to: paths.invitations, label: t('nav.invitations') },
  ] as const;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              to={item.to}
              className="main-nav__link"
              aria-current={current === item.key ? (pathname === item.to ? 'page' : 'true') : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
