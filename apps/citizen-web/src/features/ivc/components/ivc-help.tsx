import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InPersonHelp } from '../../help/components/help-sections';

/** "Ti serve aiuto?" and "Preferisco andare di persona" (with my own CPI's address), at the foot of the page. */
export function IvcHelp() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('ivc.help.title')}</h2>
        <p>{t('ivc.help.text')}</p>
        <p>
          <Link to="/aiuto">{t('ivc.help.link')}</Link>
        </p>
      </section>
      <InPersonHelp />
    </>
  );
}
