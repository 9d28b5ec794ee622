import { todayInRome } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { useCalendar } from '../../agenda/api/use-calendar';
import { useAgendaLabels } from '../../agenda/hooks/use-agenda-labels';
import { PersonLink } from '../../citizens/components/person-link';
import { useStaffProfile } from '../../staff/api/use-staff-profile';
import { staffIdOf } from '../../staff/staff-id';
import { HomeBlock } from './home-block';

/**
 * "Appuntamenti di oggi": the logged-in operator's appointments today in their (first) office, from the agenda's
 * calendar, in time order: time, person (to the dossier), service, channel, status. Cancelled ones are left out.
 */
export function TodayAppointmentsBlock({ today = todayInRome() }: { today?: string }) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const me = useStaffProfile();
  const officeId = me.data?.offices[0]?.id;
  const staffId = staffIdOf(me.data);
  const calendar = useCalendar(officeId && staffId ? { officeId, from: today, days: 1, operatorId: staffId } : undefined);
  const rows = (calendar.data?.items ?? []).flatMap((entry) => entry.appointments.filter((a) => a.status !== 'cancelled')).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const noOffice = me.isSuccess && !officeId;

  return (
    <HomeBlock title={t('home.today.title')} queries={noOffice ? [me] : [me, calendar]} links={[{ to: paths.agenda, label: t('home.today.open') }]}>
      {noOffice ? (
        <p>{t('home.today.noProfile')}</p>
      ) : rows.length === 0 ? (
        <p>{t('home.today.empty')}</p>
      ) : (
        <DataTable caption={t('home.today.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('home.today.columns.time')}</th>
              <th scope="col">{t('home.today.columns.person')}</th>
              <th scope="col">{t('home.today.columns.service')}</th>
              <th scope="col">{t('home.today.columns.channel')}</th>
              <th scope="col">{t('home.today.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <time dateTime={a.startsAt}>{a.localTime}</time>
                </td>
                <th scope="row" className="fw-normal">
                  <PersonLink fiscalCode={a.citizenFiscalCode}>{a.citizenName ?? a.citizenFiscalCode}</PersonLink>
                </th>
                <td>{a.serviceName}</td>
                <td>{labels.channel(a.channel)}</td>
                <td>{labels.appointmentStatus(a.status)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </HomeBlock>
  );
}
