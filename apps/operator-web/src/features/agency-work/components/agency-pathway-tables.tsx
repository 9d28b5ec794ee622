import type { DeliveredServiceResponse, SapSection6RowResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { useAgencyWorkLabels } from '../hooks/use-agency-work-labels';

/** The services agencies delivered to the person (service names from the catalogue by their label key). */
export function AgencyServicesTable({ services }: { services: DeliveredServiceResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const l = useAgencyWorkLabels();
  return (
    <>
      <h3 className="h5">{t('agencyWork.services.title')}</h3>
      {services.length === 0 ? (
        <p>{t('agencyWork.services.none')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption>{t('agencyWork.services.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agencyWork.services.service')}</th>
                <th scope="col">{t('agencyWork.services.agency')}</th>
                <th scope="col">{t('agencyWork.services.date')}</th>
                <th scope="col">{t('agencyWork.services.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <td>{l.service(s.labelKey, s.code)}</td>
                  <td>{s.agencyName ?? s.agencyId}</td>
                  <td>{f.date(s.deliveredOn)}</td>
                  <td>{t('agencyWork.services.minutes', { count: s.durationMinutes })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** SAP section 6: the read model of the active policies (promoting entity, policy, presa in carico, start, last event). */
export function SapSection6Table({ rows }: { rows: SapSection6RowResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const l = useAgencyWorkLabels();
  if (rows.length === 0) return null;
  return (
    <>
      <h3 className="h5">{t('agencyWork.sap.title')}</h3>
      <p>{t('agencyWork.sap.intro')}</p>
      <div className="table-responsive">
        <table className="table">
          <caption>{t('agencyWork.sap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agencyWork.sap.promoter')}</th>
              <th scope="col">{t('agencyWork.sap.policy')}</th>
              <th scope="col">{t('agencyWork.sap.presa')}</th>
              <th scope="col">{t('agencyWork.sap.start')}</th>
              <th scope="col">{t('agencyWork.sap.lastEvent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.presaInCaricoId}-${i}`}>
                <td>{r.promotingEntityCode}</td>
                <td>{r.policyCode}</td>
                <td>{r.presaInCaricoOn ? f.date(r.presaInCaricoOn) : '—'}</td>
                <td>{f.date(r.startDate)}</td>
                <td>{l.lastEvent(r.lastEvent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
