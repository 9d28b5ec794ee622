import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { useConvocations } from '../../agenda/api/use-convocations';
import { useInvitations } from '../../agenda/api/use-invitations';
import { useWorklist } from '../../patto/api/use-worklist';
import { romeDay } from '../../patto/dates';
import { useStaffProfile } from '../../staff/api/use-staff-profile';
import { HomeBlock } from './home-block';
import { PeopleTable } from './people-table';

/** rows shown; the rest is on the owning pages */
const SHOWN = 8;

interface ContactRow {
  key: string;
  citizenId?: string;
  fiscalCode: string;
  name: string;
  reason: string;
  /** YYYY-MM-DD or RFC 3339: by when */
  due: string;
  /** overdue DIDs first */
  urgent: boolean;
}

/**
 * "Da contattare": people to contact, each read from the module that owns the reason: DIDs without a first contact
 * (patto's worklist), invitations to book not answered and convocations not acknowledged (agenda, the operator's
 * first office). Overdue first, then by date.
 */
export function ContactWorklistBlock() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const me = useStaffProfile();
  const officeId = me.data?.offices[0]?.id;
  const worklist = useWorklist();
  const invitations = useInvitations(officeId);
  const convocations = useConvocations(officeId);

  const rows: ContactRow[] = [
    ...(worklist.data?.items ?? []).map((w) => ({
      key: `did-${w.citizenId}`,
      citizenId: w.citizenId,
      fiscalCode: w.fiscalCode,
      name: w.name,
      reason: w.state === 'overdue' ? t('home.contacts.reasons.didOverdue', { count: Math.abs(w.daysOverdue) }) : t('home.contacts.reasons.didDue'),
      due: w.contactDeadline,
      urgent: w.state === 'overdue',
    })),
    ...(invitations.data?.items ?? [])
      .filter((i) => i.status === 'sent')
      .map((i) => ({
        key: `inv-${i.id}`,
        fiscalCode: i.citizenFiscalCode,
        name: i.citizenName,
        reason: t('home.contacts.reasons.invitation', { service: i.serviceName }),
        due: i.expiresAt,
        urgent: false,
      })),
    ...(convocations.data?.items ?? [])
      .filter((c) => !c.acknowledgedAt && c.appointmentStatus === 'booked')
      .map((c) => ({
        key: `conv-${c.id}`,
        fiscalCode: c.citizenFiscalCode,
        name: c.citizenName,
        reason: t('home.contacts.reasons.convocation', { service: c.serviceName }),
        due: c.startsAt,
        urgent: false,
      })),
  ].sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.due.localeCompare(b.due));

  return (
    <HomeBlock
      title={t('home.contacts.title')}
      queries={officeId ? [worklist, invitations, convocations] : [me, worklist]}
      links={[
        { to: paths.worklist, label: t('home.contacts.openWorklist') },
        { to: paths.invitations, label: t('home.contacts.openInvitations') },
      ]}
    >
      {rows.length === 0 ? (
        <p>{t('home.contacts.empty')}</p>
      ) : (
        <PeopleTable
          caption={t('home.contacts.caption')}
          columns={[t('home.contacts.columns.person'), t('home.contacts.columns.reason'), t('home.contacts.columns.due')]}
          rows={rows.map((r) => ({
            key: r.key,
            citizenId: r.citizenId,
            fiscalCode: r.fiscalCode,
            name: r.name,
            urgent: r.urgent,
            cells: [r.reason, <time dateTime={r.due}>{f.date(romeDay(r.due))}</time>],
          }))}
          shown={SHOWN}
        />
      )}
    </HomeBlock>
  );
}
