import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';
import { ProblemAlert } from './problem-alert';

/** `errorElement` of the routes: an unexpected error while rendering a page, shown inside the layout. */
export function RouteErrorPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  const error = useRouteError();
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
