import type { CitizenProfileResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { DataList } from './data-list';

type RegistryData = Pick<CitizenProfileResponse, 'fiscalCode' | 'givenName' | 'familyName' | 'birthDate' | 'email' | 'mobilePhone' | 'domicileComuneName'>;

/** A person's registry data (as received from SPID/CIE): the same labels in the citizen profile and the dossier. */
export function RegistryDataList({ person }: { person: RegistryData }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const phone = f.phone(person.mobilePhone);
  return (
    <DataList
      items={[
        { label: t('registry.fiscalCode'), value: <span className="fiscal-code">{person.fiscalCode}</span> },
        { label: t('registry.givenName'), value: person.givenName || undefined },
        { label: t('registry.familyName'), value: person.familyName || undefined },
        {
          label: t('registry.birthDate'),
          value: person.birthDate ? <time dateTime={person.birthDate}>{f.date(person.birthDate)}</time> : undefined,
        },
        { label: t('registry.email'), value: person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : undefined },
        {
          label: t('registry.mobilePhone'),
          value: person.mobilePhone ? <a href={`tel:${person.mobilePhone.replace(/\s+/g, '')}`}>{phone}</a> : undefined,
        },
        { label: t('registry.domicile'), value: person.domicileComuneName || undefined },
      ]}
    />
  );
}
