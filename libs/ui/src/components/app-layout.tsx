import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { Icon } from 'design-react-kit';
import { BrandEmblem } from './brand-icons';
import { LanguageSwitch } from './language-switch';
import { DocumentTitleSuffixContext } from '../hooks/use-document-title';
import { LEGAL_PATHS } from '../legal/legal-paths';
import { Loading } from './loading';
import './app-layout.css';

export interface AppLayoutProps {
  /** the service name in the center header, e.g. "Servizi per il lavoro" */
  appName: string;
  tagline?: string;
  homePath?: string;
  helpPath?: string;
  /** the right zone of the center header: who is logged in and "Esci" */
  userArea?: ReactNode;
  /** the app's own footer links, after help and before the legal pages (e.g. the citizen app's open data) */
  footerLinks?: readonly { to: string; label: string }[];
  /** the app's main navigation, under the center header (Designers Italia header-navbar position) */
  nav?: ReactNode;
  children: ReactNode;
}

/** After a client-side navigation, move focus to <main> so that screen readers start from the new page. */
function useFocusMainOnNavigation(mainRef: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname, mainRef]);
}

/**
 * Page frame of both SPAs, in Bootstrap Italia markup: skip link, slim header (organisation, language,
 * "Ho bisogno di aiuto"), center header (service name, user area), `<main id="main">`, footer. On phones the header is
 * compact (one slim row, a small brand row: app-layout.css) so the page starts in the first screen.
 */
export function AppLayout({ appName, tagline, homePath = '/', helpPath = '/aiuto', userArea, footerLinks = [], nav, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);

  return (
    <DocumentTitleSuffixContext.Provider value={appName}>
      <div className="app-layout">
        <div className="skiplinks">
          <a className="visually-hidden-focusable" href="#main">
            {t('layout.skipToContent')}
          </a>
        </div>
        <header className="it-header-wrapper">
          <div className="it-header-slim-wrapper">
            <div className="container">
              <div className="row">
                <div className="col-12">
                  <div className="it-header-slim-wrapper-content app-slim-header">
                    <span className="app-slim-header__org">{t('org.region')}</span>
                    <div className="it-header-slim-right-zone app-slim-header__tools">
                      <LanguageSwitch />
                      <NavLink to={helpPath} className="app-help-link">
                        <Icon icon="it-help-circle" size="sm" color="white" aria-hidden="true" />
                        <span className="app-help-link__text">{t('layout.help')}</span>
                      </NavLink>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
          <div className="it-nav-wrapper">
            <div className="it-header-center-wrapper">
              <div className="container">
                <div className="row">
                  <div className="col-12">
                    <div className="it-header-center-content-wrapper app-center-header">
                      <div className="it-brand-wrapper">
                        <Link to={homePath}>
                          <BrandEmblem className="icon app-brand-emblem" />
                          <div className="it-brand-text">
                            <div className="it-brand-title">{appName}</div>
                            {tagline && <div className="it-brand-tagline d-none d-md-block">{tagline}</div>}
                          </div>
                        </Link>
                      </div>
                      {userArea && <div className="it-right-zone app-user-zone">{userArea}</div>}
                    </div>
                  </div>
                </div>
              </div>
            </div>
            {nav}
          </div>
        </header>

        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <div className="container py-4 py-lg-5">
            <div className="row">
              <div className="col-12">
                {/* route pages are loaded on first visit (lazyPage): a spinner inside the frame meanwhile */}
                <Suspense fallback={<Loading />}>{children}</Suspense>
              </div>
            </div>
          </div>
        </main>

        <footer className="it-footer">
          <div className="it-footer-main">
            <div className="container">
              <div className="row">
                <div className="col-12">
                  <div className="it-brand-wrapper">
                    <Link to={homePath}>
                      <BrandEmblem className="icon app-brand-emblem" />
                      <div className="it-brand-text">
                        <div className="it-brand-title">{appName}</div>
                        <div className="it-brand-tagline">{t('org.name')}</div>
                      </div>
                    </Link>
                  </div>
                </div>
              </div>
              <div className="row pb-4">
                <div className="col-md-8">
                  <p className="mb-3">{t('org.footerText')}</p>
                </div>
                <nav className="col-md-4" aria-label={t('layout.footerLinks')}>
                  <ul className="list-unstyled app-footer-links">
                    <li>
                      <Link to={homePath}>{t('layout.footerHome')}</Link>
                    </li>
                    <li>
                      <Link to={helpPath}>{t('layout.footerHelp')}</Link>
                    </li>
                    {footerLinks.map((l) => (
                      <li key={l.to}>
                        <Link to={l.to}>{l.label}</Link>
                      </li>
                    ))}
                    <li>
                      <Link to={LEGAL_PATHS.privacy}>{t('legal.footer.privacy')}</Link>
                    </li>
                    <li>
                      <Link to={LEGAL_PATHS.legalNotes}>{t('legal.footer.legalNotes')}</Link>
                    </li>
                    <li>
                      <Link to={LEGAL_PATHS.accessibility}>{t('legal.footer.accessibility')}</Link>
                    </li>
                  </ul>
                </nav>
              </div>
            </div>
          </div>
          <div className="it-footer-small-prints clearfix">
            <div className="container">
              <div className="row">
                <div className="col-12">
                  <p className="it-footer-small-prints-list mb-0 small">{t('layout.footerCopyright')}</p>
                </div>
              </div>
            </div>
          </div>
        </footer>
      </div>
    </DocumentTitleSuffixContext.Provider>
  );
}
