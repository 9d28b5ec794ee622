import { InviteInterviewBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInviteToInterview } from '../api/use-invite-to-interview';

/** `<input type="datetime-local">`'s value (local time of the browser) as an instant, or undefined when incomplete. */
function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

interface InviteValues {
  at: string;
  place: string;
}
const toBody = (v: InviteValues): InviteInterviewBody => ({ at: localToIso(v.at) ?? '', place: v.place.trim() });

export interface ShortlistRowProps {
  vacancyId: string;
  applicationId: string;
  name: string;
}

/** "Invita a colloquio": date and time, place (InviteInterviewBody); the person receives the invitation. */
export function InviteInterviewForm({ vacancyId, applicationId, name }: ShortlistRowProps) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const invite = useInviteToInterview(vacancyId);
  const [sent, setSent] = useState(false);
  const form = useDtoForm<InviteValues, InviteInterviewBody>({ dto: InviteInterviewBody, toBody, defaultValues: { at: '', place: '' }, serverError: invite.error });

  const onValid = (values: InviteValues) => {
    setSent(false);
    invite.mutate({ applicationId, body: toBody(values) }, { onSuccess: () => setSent(true) });
  };

  return (
    <FormShell
      form={form}
      aria-labelledby={headingId}
      messages={(field) => t(`matching.shortlist.invite.errors.${field}` as 'matching.shortlist.invite.errors.at')}
      onValid={onValid}
    >
      <h3 id={headingId}>{t('matching.shortlist.invite.title')}</h3>
      {invite.isError && <ProblemAlert error={invite.error} />}
      <FormTextField name="at" type="datetime-local" label={t('matching.shortlist.invite.at')} required />
      <FormTextField name="place" label={t('matching.shortlist.invite.place')} hint={t('matching.shortlist.invite.placeHint')} required minLength={3} maxLength={300} />
      <button type="submit" className="btn btn-primary btn-sm" disabled={invite.isPending} aria-busy={invite.isPending}>
        {t('matching.shortlist.invite.submit', { name })}
      </button>
      <div role="status" className="mt-2">
        {sent && <p className="alert alert-success mb-0">{t('matching.shortlist.invite.sent')}</p>}
      </div>
    </FormShell>
  );
}
