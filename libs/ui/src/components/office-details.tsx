import type { OfficeResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { Icon } from 'design-react-kit';
import { DataList } from './data-list';

const mapUrl = (o: OfficeResponse) => `https://www.openstreetmap.org/?mlat=${o.latitude}&mlon=${o.longitude}#map=17/${o.latitude}/${o.longitude}`;

/**
 * A CPI office card: name, address, opening hours, contacts and how people can be seen.
 * `headingLevel` is the level of the office name, one below the section heading it sits in.
 */
export function OfficeDetails({ office, headingLevel = 3 }: { office: OfficeResponse; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const Heading = `h${headingLevel}` as const;
  const channels = office.channels.map((c) => t(`office.channel.${c}`)).join(', ');
  return (
    <div className="card card-bg office-card">
      <div className="card-body">
        <Heading className="h5 card-title office-card__name">
          <Icon icon="it-pa" color="primary" size="sm" className="me-2" aria-hidden="true" />
          {office.name}
        </Heading>
        <DataList
          stacked
          className="mb-0"
          items={[
            {
              label: t('office.address'),
              value: (
                <>
                  <span className="d-block">{office.address}</span>
                  <a href={mapUrl(office)} className="small" aria-label={t('office.mapTitle', { name: office.name })}>
                    {t('office.map')}
                  </a>
                </>
              ),
            },
            { label: t('office.openingHours'), value: office.openingHours || undefined },
            {
              label: t('office.phone'),
              value: office.phone ? <a href={`tel:${office.phone.replace(/\s+/g, '')}`}>{f.phone(office.phone)}</a> : undefined,
            },
            { label: t('office.email'), value: office.email ? <a href={`mailto:${office.email}`}>{office.email}</a> : undefined },
            ...(office.channels.length > 0 ? [{ label: t('office.channels'), value: channels }] : []),
          ]}
        />
      </div>
    </div>
  );
}
