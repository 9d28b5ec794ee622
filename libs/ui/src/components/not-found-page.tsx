import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';

/** The 404 page of both SPAs (any unknown client-side route). */
export function NotFoundPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('notFound.title')}</h1>
        <p className="lead">{t('notFound.text')}</p>
        <Link to={homePath} className="btn btn-primary">
          {t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}
