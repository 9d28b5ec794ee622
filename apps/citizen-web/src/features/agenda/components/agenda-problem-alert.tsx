import { ApiProblem } from '@opencpi/api-client';
import type { ErrorCode } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '@opencpi/i18n';

/** Codes that the agenda pages explain in their own words (catalogue `citizen` → `agenda.errors`). */
const AGENDA_CODES = [
  'SLOT_FULL',
  'SLOT_NOT_FOUND',
  'SLOT_NOT_BOOKABLE',
  'ALREADY_BOOKED',
  'APPOINTMENT_NOT_FOUND',
  'APPOINTMENT_NOT_CANCELLABLE',
  'CONVOCATION_NOT_FOUND',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
] as const satisfies readonly ErrorCode[];
type AgendaCode = (typeof AGENDA_CODES)[number];

export const agendaCodeOf = (error: unknown): AgendaCode | undefined =>
  error instanceof ApiProblem && (AGENDA_CODES as readonly string[]).includes(error.code) ? (error.code as AgendaCode) : undefined;

/**
 * ProblemAlert for the agenda: same box (role="alert", reference for the help desk, optional "Riprova"), with the
 * citizen-friendly message of the agenda codes (e.g. SLOT_FULL: "Qualcuno ha appena prenotato questo orario…").
 */
export function AgendaProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation('common');
  if (error instanceof ApiProblem && error.code === 'SERVICE_ALREADY_BOOKED') return <AlreadyBookedAlert problem={error} />;
  const code = agendaCodeOf(error);
  if (!code) {
    return <ProblemAlert error={error} onRetry={onRetry} />;
  }
  const correlationId = error instanceof ApiProblem ? error.correlationId : undefined;
  return (
    <div className="alert alert-danger problem-alert" role="alert">
      <p className="fw-semibold mb-1">{tc('errors.title')}</p>
      <p className="mb-0">{t(`agenda.errors.${code}`)}</p>
      {correlationId && (
        <p className="small mb-0 mt-2">
          {tc('errors.reference')} <span className="font-monospace user-select-all">{correlationId}</span>
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm mt-3" onClick={onRetry}>
          {tc('errors.retry')}
        </button>
      )}
    </div>
  );
}

/** SERVICE_ALREADY_BOOKED: "Hai già un appuntamento per questo servizio il … alle …, puoi spostarlo." with the way to it. */
function AlreadyBookedAlert({ problem }: { problem: ApiProblem }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const { existingLocalDate: date, existingLocalTime: time } = problem.extensions;
  return (
    <div className="alert alert-danger problem-alert" role="alert">
      <p className="fw-semibold mb-1">{tc('errors.title')}</p>
      <p className="mb-2">{date && time ? t('booking.alreadyBooked', { date: f.date(date), time }) : t('booking.alreadyBookedNoDate')}</p>
      {/* paths.appointments of the app router (features do not import the app) */}
      <Link to="/appuntamenti">{t('booking.goToAppointments')}</Link>
    </div>
  );
}
