import type { CitizenProfileResponse, PersonOverviewResponse } from '@opencpi/contracts';
import { Loading, OfficeDetails, ProblemAlert, RegistryDataList } from '@opencpi/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { CitizenCertificatesSection } from '../../certificates/components/citizen-certificates-section';
import { ChannelSection } from '../../patto/components/channel-section';
import { DidSection } from '../../patto/components/did-section';
import { CitizenImportsSection } from '../../portability/components/citizen-imports-section';

export interface StatusTabProps {
  citizen: CitizenProfileResponse;
  overview: UseQueryResult<PersonOverviewResponse>;
}

/** "Situazione": the next steps, registry data and the CPI, the DID and employment status, the channel, certificates, imports. */
export function StatusTab({ citizen, overview }: StatusTabProps) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const dataId = useId();
  const officeId = useId();
  return (
    <>
      <p className="d-flex flex-wrap gap-3">
        <Link to={paths.pathway(citizen.id)} className="btn btn-primary">
          {t('dossier.pathway')}
        </Link>
        <Link to={paths.convoke({ fiscalCode: citizen.fiscalCode })} className="btn btn-outline-primary">
          {t('dossier.convoke')}
        </Link>
      </p>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <DidSection person={overview.data} />
          <ChannelSection channel={overview.data.channel} />
        </>
      )}
      <div className="row g-5 mt-0">
        <section className="col-lg-7" aria-labelledby={dataId}>
          <h2 id={dataId}>{tc('registry.personalData')}</h2>
          <RegistryDataList person={citizen} />
        </section>
        <section className="col-lg-5" aria-labelledby={officeId}>
          <h2 id={officeId}>{t('dossier.office.title')}</h2>
          {citizen.office ? <OfficeDetails office={citizen.office} headingLevel={3} /> : <p>{t('dossier.office.missing')}</p>}
        </section>
      </div>
      <CitizenCertificatesSection citizenId={citizen.id} />
      <CitizenImportsSection citizenId={citizen.id} />
    </>
  );
}
