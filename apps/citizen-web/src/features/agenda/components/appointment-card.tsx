import { appointmentIcsUrl } from '@opencpi/api-client';
import type { AppointmentResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgendaLabels } from '../agenda-labels';
import { useCancelAppointment } from '../api/use-cancel-appointment';
import { AgendaProblemAlert } from './agenda-problem-alert';

/**
 * One of my appointments: service, day, time, office, channel and status; the video room link and the .ics file;
 * "Sposta" and "Annulla appuntamento" (with an inline confirmation) while it can still be changed online.
 */
export function AppointmentCard({ appointment }: { appointment: AppointmentResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useAgendaLabels();
  const headingId = useId();
  const booked = appointment.status === 'booked';
  const changeableOnline = booked && appointment.changeable && !appointment.convocationId;
  const heading = useRef<HTMLHeadingElement>(null);
  const previousStatus = useRef(appointment.status);

  // once cancelled here, the buttons that had focus are gone: focus goes to the appointment, whose status now reads "Annullato"
  useEffect(() => {
    const was = previousStatus.current;
    previousStatus.current = appointment.status;
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (was === 'booked' && appointment.status !== 'booked' && focusLost) heading.current?.focus();
  }, [appointment.status]);

  return (
    <article className="card card-bg agenda-card" aria-labelledby={headingId}>
      <div className="card-body">
        <h3 id={headingId} ref={heading} className="h4 card-title agenda-card__title" tabIndex={-1}>
          {appointment.serviceName}
        </h3>
        <DataList
          className="mb-3"
          items={[
            { label: t('agenda.fields.when'), value: labels.when(appointment.localDate, appointment.localTime) },
            { label: t('agenda.fields.office'), value: appointment.officeName },
            { label: t('agenda.fields.channel'), value: labels.channel(appointment.channel) },
            {
              label: t('agenda.fields.status'),
              // polite live region: "Confermato" becoming "Annullato" is announced
              value: (
                <span className="fw-semibold" aria-live="polite">
                  {labels.status(appointment.status)}
                </span>
              ),
            },
            ...(appointment.cancelReason ? [{ label: t('agenda.fields.cancelReason'), value: appointment.cancelReason }] : []),
          ]}
        />
        {booked && appointment.videoUrl && (
          <p>
            <a href={appointment.videoUrl} className="btn btn-primary" target="_blank" rel="noopener noreferrer">
              {t('agenda.appointments.video')}
            </a>
          </p>
        )}
        {booked && (
          <p>
            <a href={appointmentIcsUrl(appointment.id)} download>
              {t('agenda.appointments.ics')}
            </a>
          </p>
        )}
        {changeableOnline ? (
          <AppointmentActions appointment={appointment} />
        ) : booked ? (
          <p className="mb-0">{t(appointment.convocationId ? 'agenda.appointments.fromConvocation' : 'agenda.appointments.notChangeable')}</p>
        ) : null}
      </div>
    </article>
  );
}

/** "Sposta" and "Annulla appuntamento", which opens "Motivo (facoltativo)", "Conferma annullamento" and "Non annullare". */
function AppointmentActions({ appointment }: { appointment: AppointmentResponse }) {
  const { t } = useTranslation('citizen');
  const cancel = useCancelAppointment();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancelButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  const close = () => {
    if (cancel.isPending) return;
    setConfirming(false);
    cancel.reset();
    // the confirmation is gone: back to the button that opened it
    setTimeout(() => cancelButton.current?.focus(), 0);
  };

  const confirm = () => {
    if (cancel.isPending) return;
    cancel.mutate({ appointmentId: appointment.id, reason: reason.trim() || undefined });
  };

  if (!confirming) {
    return (
      <div className="agenda-actions">
        <Link to={`/appuntamenti/${encodeURIComponent(appointment.id)}/sposta`} className="btn btn-outline-primary">
          {t('agenda.appointments.move')}
        </Link>
        <button ref={cancelButton} type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
          {t('agenda.appointments.cancel')}
        </button>
      </div>
    );
  }

  return (
    <div className="agenda-cancel" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} className="fw-semibold">
        {t('agenda.appointments.cancelQuestion')}
      </p>
      <div className="text-field">
        <label htmlFor={`${id}-reason`} className="text-field__label">
          {t('agenda.appointments.cancelReason')}
        </label>
        <p id={`${id}-hint`} className="text-field__hint form-text">
          {t('agenda.appointments.cancelReasonHint')}
        </p>
        <textarea
          id={`${id}-reason`}
          className="form-control text-field__input"
          aria-describedby={`${id}-hint`}
          rows={3}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
      </div>
      {cancel.isError && <AgendaProblemAlert error={cancel.error} />}
      <div className="agenda-actions">
        <button type="button" className="btn btn-danger" onClick={confirm} aria-busy={cancel.isPending}>
          {t('agenda.appointments.confirmCancel')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={close}>
          {t('agenda.appointments.keep')}
        </button>
      </div>
    </div>
  );
}
