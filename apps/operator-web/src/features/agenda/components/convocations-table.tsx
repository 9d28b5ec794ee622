import type { ConvocationResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';
import { PersonLink } from '../../citizens/components/person-link';

/** "Convocazioni": who was convoked for when, on which channel, whether they have read it, and a link to the details. */
export function ConvocationsTable({ convocations }: { convocations: readonly ConvocationResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const longDate = useLongDate();
  const sorted = [...convocations].sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  if (sorted.length === 0) return <p>{t('agenda.invitations.convocations.empty')}</p>;
  return (
    <DataTable caption={t('agenda.invitations.convocations.caption')} className="convocations-table">
      <thead>
        <tr>
          <th scope="col">{t('agenda.invitations.convocations.columns.person')}</th>
          <th scope="col">{t('agenda.invitations.convocations.columns.dateTime')}</th>
          <th scope="col">{t('agenda.invitations.convocations.columns.channel')}</th>
          <th scope="col">{t('agenda.invitations.convocations.columns.acknowledged')}</th>
          <th scope="col">{t('agenda.invitations.convocations.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <PersonLink fiscalCode={c.citizenFiscalCode} className="d-block">
                {c.citizenName}
              </PersonLink>
              <span className="d-block small fiscal-code text-muted-aa fw-normal">{c.citizenFiscalCode}</span>
            </th>
            <td>
              <time dateTime={c.startsAt}>{t('agenda.dateTime', { date: longDate(c.localDate), time: c.localTime })}</time>
            </td>
            <td>{labels.channel(c.channel)}</td>
            <td>
              {c.acknowledgedAt ? (
                <time dateTime={c.acknowledgedAt}>{t('agenda.invitations.convocations.acknowledgedOn', { date: f.dateTime(c.acknowledgedAt) })}</time>
              ) : (
                t('agenda.invitations.convocations.notYet')
              )}
            </td>
            <td>
              <Link to={paths.convocation(c.id)} aria-label={t('agenda.invitations.convocations.detailsLabel', { name: c.citizenName })}>
                {t('agenda.invitations.convocations.details')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
