import type { AppointmentResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';
import { PersonLink } from '../../citizens/components/person-link';

const byStart = (a: AppointmentResponse, b: AppointmentResponse) => a.localDate.localeCompare(b.localDate) || a.localTime.localeCompare(b.localTime);

export interface AffectedAppointmentsProps {
  /** the booked appointments inside a new absence or closure */
  appointments: readonly AppointmentResponse[];
  /** where "Vai all'agenda del …" leads */
  agendaPath: string;
}

/**
 * The appointments already booked inside a new absence or closure, which the office has to move or cancel: h2 and a
 * table (date, time, person, service, channel) with a link to the agenda per row, named with the person and time.
 */
export function AffectedAppointments({ appointments, agendaPath }: AffectedAppointmentsProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const longDate = useLongDate();
  const f = useFormatters();
  const headingId = useId();

  if (appointments.length === 0) return <p>{t('agenda.absences.noAffected')}</p>;

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agenda.absences.affected.title')}</h2>
      <DataTable caption={t('agenda.absences.affected.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('agenda.absences.affected.columns.date')}</th>
            <th scope="col">{t('agenda.absences.affected.columns.time')}</th>
            <th scope="col">{t('agenda.absences.affected.columns.person')}</th>
            <th scope="col">{t('agenda.absences.affected.columns.service')}</th>
            <th scope="col">{t('agenda.absences.affected.columns.channel')}</th>
            <th scope="col">{t('agenda.absences.affected.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {[...appointments].sort(byStart).map((a) => {
            const name = a.citizenName ?? a.citizenFiscalCode ?? '';
            const date = f.date(a.localDate) ?? a.localDate;
            const linkText = t('agenda.absences.affected.goToAgenda', { date });
            return (
              <tr key={a.id}>
                <th scope="row">
                  <time dateTime={a.localDate}>{longDate(a.localDate)}</time>
                </th>
                <td>
                  <time dateTime={a.startsAt}>{a.localTime}</time>
                </td>
                <td>
                  <PersonLink fiscalCode={a.citizenFiscalCode ?? undefined} className="d-block">
                    {name}
                  </PersonLink>
                  {a.citizenName && a.citizenFiscalCode && <span className="d-block small fiscal-code text-muted-aa">{a.citizenFiscalCode}</span>}
                </td>
                <td>{a.serviceName}</td>
                <td>{labels.channel(a.channel)}</td>
                <td>
                  <Link to={`${agendaPath}?dal=${a.localDate}`} aria-label={t('agenda.absences.affected.goToAgendaLabel', { link: linkText, name, time: a.localTime })}>
                    {linkText}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </section>
  );
}
