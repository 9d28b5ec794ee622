import type { DidPrefillResponse } from '@opencpi/contracts';
import { formatPhone } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/** "I tuoi dati": what SPID/CIE and the registry already say about the person, read-only, never asked again. */
export function DidPrefillSection({ prefill }: { prefill: DidPrefillResponse }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation('common');
  const dates = useDates();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.prefill.title')}</h2>
      <p>{t('did.prefill.note')}</p>
      <DataList
        items={[
          { label: t('did.prefill.name'), value: `${prefill.givenName} ${prefill.familyName}` },
          { label: tc('registry.fiscalCode'), value: <span className="fiscal-code">{prefill.fiscalCode}</span> },
          { label: tc('registry.birthDate'), value: prefill.birthDate ? dates.day(prefill.birthDate) : undefined },
          { label: tc('registry.domicile'), value: prefill.domicile },
          { label: tc('registry.email'), value: prefill.email },
          { label: tc('registry.mobilePhone'), value: formatPhone(prefill.mobilePhone) },
          { label: t('did.prefill.office'), value: prefill.officeName },
        ]}
      />
    </section>
  );
}
