import { ApiProblem } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAgendaLabels } from '../../features/agenda/agenda-labels';
import { useInvitation } from '../../features/agenda/api/use-invitation';
import { AppointmentConfirmation } from '../../features/agenda/components/appointment-confirmation';
import { InvitationBookingForm } from '../../features/agenda/components/invitation-booking-form';
import '../../features/agenda/agenda.css';

/** Answers meaning that this link cannot be used any more (or never could): not a failure to retry. */
const INVALID_LINK_CODES: readonly string[] = ['INVITATION_NOT_FOUND', 'INVITATION_EXPIRED', 'VALIDATION_FAILED', 'ROUTE_NOT_FOUND'];
const isInvalidLink = (error: unknown) => error instanceof ApiProblem && INVALID_LINK_CODES.includes(error.code);

/**
 * /invito/:token: public, no login. The person opens it from an e-mail or SMS, sees the service and the office and
 * books one of the offered slots; or sees the appointment already booked; or is told that the link is no longer valid.
 */
export function InvitationRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('agenda.invitation.title'));
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const labels = useAgendaLabels();
  // the form was shown: a confirmation seen afterwards replaces it (booked here), so it takes the focus
  const [formShown, setFormShown] = useState(false);
  if (invitation.data?.status === 'sent' && !formShown) setFormShown(true);

  let content;
  if (invitation.isPending) {
    content = <Loading />;
  } else if (invitation.isError) {
    content = isInvalidLink(invitation.error) ? <InvalidLink focusOnMount={formShown} /> : <ProblemAlert error={invitation.error} onRetry={() => void invitation.refetch()} />;
  } else {
    const data = invitation.data;
    const details = (
      <>
        <p className="lead">{t('agenda.invitation.greeting', { name: data.givenName })}</p>
        <ul className="list-unstyled agenda-invitation-details">
          <li>{t('agenda.invitation.service', { name: data.serviceName })}</li>
          <li>{t('agenda.invitation.office', { name: data.officeName })}</li>
        </ul>
      </>
    );
    if (data.status === 'sent') {
      content = (
        <>
          {details}
          <p>{t('agenda.invitation.intro')}</p>
          <p className="fw-semibold">{t('agenda.invitation.deadline', { date: labels.instantDay(data.expiresAt) })}</p>
          <InvitationBookingForm token={token} invitation={data} onRefresh={() => void invitation.refetch()} />
        </>
      );
    } else if (data.status === 'booked') {
      content = (
        <>
          {details}
          <AppointmentConfirmation appointment={data.appointment} focusOnMount={formShown} />
        </>
      );
    } else {
      content = <InvalidLink focusOnMount={formShown} />;
    }
  }

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('agenda.invitation.title')}</h1>
        {content}
      </div>
    </div>
  );
}

/** "Il link non è più valido": call the CPI, or log in and book; and where to get help. Focused when it replaces the form. */
function InvalidLink({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('agenda.invitation.invalidTitle')}
      </h2>
      <p>{t('agenda.invitation.invalidText')}</p>
      <ul className="agenda-links">
        <li>
          <Link to="/">{t('agenda.invitation.loginLink')}</Link>
        </li>
        <li>
          <Link to="/aiuto">{t('agenda.invitation.helpLink')}</Link>
        </li>
      </ul>
    </section>
  );
}
