import type { AppointmentResponse, CitizenProfileResponse, PersonOverviewResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../../patto/dates';
import { usePattoLabels } from '../../patto/hooks/use-patto-labels';

export interface DossierSummaryProps {
  citizen: CitizenProfileResponse;
  /** the presa in carico (patto module): DID and patto; undefined while loading or when it could not be read */
  overview: PersonOverviewResponse | undefined;
  /** the person's appointments (agenda module), undefined while loading or when they could not be read */
  appointments: readonly AppointmentResponse[] | undefined;
  /** now, for "next appointment" (tests pass a fixed one) */
  now?: Date;
}

/** The first booked appointment from now on, or undefined. */
export function nextAppointment(appointments: readonly AppointmentResponse[], now: Date): AppointmentResponse | undefined {
  return appointments.filter((a) => a.status === 'booked' && new Date(a.endsAt).getTime() > now.getTime()).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

/**
 * The dossier at a glance: fiscal code, office, DID, patto and the next appointment, each as the module that owns it
 * reports it (registry, patto, agenda).
 */
export function DossierSummary({ citizen, overview, appointments, now = new Date() }: DossierSummaryProps) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const unavailable = t('dossierView.summary.unavailable');
  const did = overview?.did;
  const next = appointments ? nextAppointment(appointments, now) : undefined;

  const didText = !overview
    ? unavailable
    : !did
      ? t('dossierView.summary.didNone')
      : did.status === 'active'
        ? t('dossierView.summary.didActive', { date: f.date(romeDay(did.filedAt)) })
        : t('dossierView.summary.didRevoked', { date: f.date(romeDay(did.revokedAt ?? did.filedAt)) });
  const pattoText = !overview ? unavailable : overview.patto ? labels.pattoStatus(overview.patto.status) : t('dossierView.summary.pattoNone');
  const nextText = !appointments
    ? unavailable
    : next
      ? t('dossierView.summary.nextValue', { date: f.date(next.localDate), time: next.localTime, service: next.serviceName })
      : t('dossierView.summary.nextNone');

  const rows = [
    { key: 'fiscalCode', value: <span className="fiscal-code">{citizen.fiscalCode}</span> },
    { key: 'office', value: citizen.office?.name ?? unavailable },
    { key: 'did', value: didText },
    { key: 'patto', value: pattoText },
    { key: 'next', value: nextText },
  ] as const;

  return (
    <section aria-label={t('dossierView.summary.label')} className="dossier-summary">
      <dl className="row row-cols-1 row-cols-sm-2 row-cols-lg-5 g-3 mb-0">
        {rows.map((r) => (
          <div key={r.key} className="col">
            <dt className="small text-muted-aa fw-normal">{t(`dossierView.summary.${r.key}`)}</dt>
            <dd className="fw-semibold mb-0">{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
