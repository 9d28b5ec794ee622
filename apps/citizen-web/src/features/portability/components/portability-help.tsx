import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InPersonHelp } from '../../help/components/help-sections';

/** What the bundle holds, "Ho bisogno di aiuto" and "Preferisco andare di persona", at the foot of the page. */
export function PortabilityHelp() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const whatId = useId();
  return (
    <>
      <section className="section-block" aria-labelledby={whatId}>
        <h2 id={whatId}>{t('portability.what.title')}</h2>
        <p>{t('portability.what.text')}</p>
      </section>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('portability.help.title')}</h2>
        <p>{t('portability.help.text')}</p>
        <p>
          <Link to="/aiuto">{t('portability.help.link')}</Link>
        </p>
      </section>
      <InPersonHelp />
    </>
  );
}
