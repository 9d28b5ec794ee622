import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InPersonHelp } from '../../help/components/help-sections';

/** "Ho bisogno di aiuto" and "Preferisco andare di persona", at the foot of "Chi mi assiste". */
export function DelegationsHelp() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('intermediaries.help.title')}</h2>
        <p>{t('intermediaries.help.text')}</p>
        <p>
          <Link to="/aiuto">{t('intermediaries.help.link')}</Link>
        </p>
      </section>
      <InPersonHelp />
    </>
  );
}
