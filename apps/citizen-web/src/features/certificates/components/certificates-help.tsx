import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InPersonHelp } from '../../help/components/help-sections';

/** "Ho bisogno di aiuto" and "Preferisco andare di persona" (with my own CPI's address), at the foot of the page. */
export function CertificatesHelp() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('certificates.help.title')}</h2>
        <p>{t('certificates.help.text')}</p>
        <p>
          <Link to="/aiuto">{t('certificates.help.link')}</Link>
        </p>
      </section>
      <InPersonHelp />
    </>
  );
}
