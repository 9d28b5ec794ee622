import type { OfficeResponse } from '@opencpi/contracts';
import { OfficeDetails } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Il tuo Centro per l'Impiego": the CPI that serves the person's comune of domicile. */
export function OfficeSection({ office }: { office: OfficeResponse | undefined }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.office.title')}</h2>
      {office ? (
        <>
          <p>{t('profile.office.intro')}</p>
          <OfficeDetails office={office} headingLevel={3} />
        </>
      ) : (
        <p>{t('profile.office.missing')}</p>
      )}
    </section>
  );
}
