import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';
import { ProblemAlert } from './problem-alert';

/** An unexpected error while rendering a page, shown inside the layout with a way back home. */
export function RouteErrorPage({ error, homePath = '/' }: { error: unknown; homePath?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.title'));
  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('errors.title')}</h1>
        <ProblemAlert error={error} />
        <Link to={homePath} className="btn btn-primary">
          {t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  homePath: string;
  /** the page's address: a new address clears the error */
  resetKey: string;
}

/** React reports the error itself (createRoot's onCaughtError: the console). */
class PageErrorBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ error: undefined, failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteErrorPage error={this.state.error} homePath={this.props.homePath} /> : this.props.children;
  }
}

/** Around the pages (inside the layout): a page that throws while rendering shows RouteErrorPage, the frame stays. */
export function RouteErrors({ children, homePath = '/' }: { children: ReactNode; homePath?: string }) {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary homePath={homePath} resetKey={pathname}>
      {children}
    </PageErrorBoundary>
  );
}
