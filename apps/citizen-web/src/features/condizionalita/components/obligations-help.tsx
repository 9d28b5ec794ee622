import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InPersonHelp } from '../../help/components/help-sections';

/**
 * "Ho bisogno di aiuto" and "Preferisco andare di persona" (with my own CPI's address and hours), at the foot of the
 * pages; `justifyInPerson` adds that a justification can be brought to the desk (while one can still be given).
 */
export function ObligationsHelp({ justifyInPerson = true }: { justifyInPerson?: boolean }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('condizionalita.help.title')}</h2>
        <p>{t('condizionalita.help.text')}</p>
        <p>
          <Link to="/aiuto">{t('condizionalita.help.link')}</Link>
        </p>
        {justifyInPerson && <p>{t('condizionalita.help.inPerson')}</p>}
      </section>
      <InPersonHelp />
    </>
  );
}
