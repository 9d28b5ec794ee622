import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { BenefitsSection } from '../../features/condizionalita/components/benefits-section';
import { CasesSection } from '../../features/condizionalita/components/cases-section';
import { ObligationsHelp } from '../../features/condizionalita/components/obligations-help';
import '../../features/condizionalita/condizionalita.css';

/**
 * /obblighi: "I miei obblighi". My cases first (those waiting for my justification, with the last day), then the
 * benefits INPS reports for me and the obligations each brings, and where to get help or go in person.
 */
export function ObligationsRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('condizionalita.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('condizionalita.title')}</h1>
        <p className="lead">{t('condizionalita.intro')}</p>
        <CasesSection />
        <BenefitsSection />
        <ObligationsHelp />
      </div>
    </div>
  );
}
