import { useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IvcCasesSection } from '../../features/ivc/components/ivc-cases-section';
import { IvcHelp } from '../../features/ivc/components/ivc-help';
import { RequestIvcForm } from '../../features/ivc/components/request-ivc-form';

/**
 * /validazione-competenze: ask for validation of my competences for a qualification of the regional repertoire, follow
 * each request (in progress until final), download the documents issued and their Open Badges.
 */
export function IvcRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('ivc.title'));
  const stepsId = useId();
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('ivc.title')}</h1>
        <p className="lead">{t('ivc.intro')}</p>
        <section aria-labelledby={stepsId}>
          <h2 id={stepsId} className="h4">
            {t('ivc.steps.title')}
          </h2>
          <ol>
            <li>{t('ivc.steps.identification')}</li>
            <li>{t('ivc.steps.validation')}</li>
            <li>{t('ivc.steps.certification')}</li>
          </ol>
        </section>
        <RequestIvcForm />
        <IvcCasesSection />
        <IvcHelp />
      </div>
    </div>
  );
}
