import type { CallbackRequestResponse } from '@opencpi/contracts';
import { CALLBACK_WINDOWS, CallbackRequestBody } from '@opencpi/contracts/browser';
import { useFormatters } from '@opencpi/i18n';
import { FormRadioGroup, FormShell, FormTextareaField, FormTextField, HelpSection, Loading, ProblemAlert, StatusMessage, useDtoForm } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/api/use-session';
import { useCitizenProfile } from '../../profile/api/use-citizen-profile';
import { useMyCallback, useRequestCallback } from '../api/use-callback';

interface Values {
  phone: string;
  timeWindow: string;
  topic: string;
}
const toBody = (v: Values): CallbackRequestBody => ({
  phone: v.phone.replace(/[\s.-]/g, ''),
  timeWindow: v.timeWindow as CallbackRequestBody['timeWindow'],
  ...(v.topic.trim() ? { topic: v.topic.trim() } : {}),
});

/** What happened to my latest request: waiting for the call, called, or nobody answered. */
function CallbackStatus({ request }: { request: CallbackRequestResponse }) {
  const { t } = useTranslation('citizen');
  const f = useFormatters();
  const window = t(`callback.window.${request.timeWindow as 'morning' | 'afternoon' | 'any'}`);
  if (request.status === 'open') return <p className="mb-0">{t('callback.open', { phone: request.phone, window, date: f.dateTime(request.requestedAt) })}</p>;
  return <p className="mb-0">{t(request.status === 'done' ? 'callback.done' : 'callback.noAnswer', { date: f.dateTime(request.handledAt) })}</p>;
}

function CallbackForm({ phone }: { phone: string }) {
  const { t } = useTranslation('citizen');
  const ask = useRequestCallback();
  const form = useDtoForm<Values, CallbackRequestBody>({ dto: CallbackRequestBody, toBody, serverError: ask.error, defaultValues: { phone, timeWindow: 'any', topic: '' } });
  return (
    <FormShell
      form={form}
      messages={(field, type) => (field === 'phone' && type !== 'server' ? t('callback.phoneInvalid') : undefined)}
      onValid={(values) => {
        if (!ask.isPending) ask.mutate(toBody(values));
      }}
    >
      <FormTextField name="phone" label={t('callback.phone')} hint={t('callback.phoneHint')} type="tel" autoComplete="tel" />
      <FormRadioGroup name="timeWindow" legend={t('callback.window.legend')} options={CALLBACK_WINDOWS.map((value) => ({ value, label: t(`callback.window.${value}`) }))} />
      <FormTextareaField name="topic" label={t('callback.topic')} hint={t('callback.topicHint')} rows={3} />
      {ask.isError && <ProblemAlert error={ask.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={ask.isPending}>
          {ask.isPending ? t('callback.submitting') : t('callback.submit')}
        </button>
      </div>
    </FormShell>
  );
}

/**
 * "Preferisco essere richiamato" on /aiuto: logged in, the person leaves a number and a part of the day (the phone
 * of the registry prefilled); the CPI's operators see it in their list. While a request is open, its state instead.
 */
export function CallbackSection() {
  const { t } = useTranslation('citizen');
  const session = useSession();
  const authenticated = session.data?.authenticated === true;
  const profile = useCitizenProfile({ enabled: authenticated });
  const latest = useMyCallback(authenticated);
  const request = latest.data?.request;
  return (
    <HelpSection title={t('callback.title')}>
      <p>{t('callback.intro')}</p>
      {!authenticated ? (
        <p>
          {t('callback.loginPrompt')} <Link to="/">{t('help.inPerson.loginLink')}</Link>
        </p>
      ) : latest.isPending || profile.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <ProblemAlert error={latest.error} onRetry={() => void latest.refetch()} />
      ) : (
        <>
          <StatusMessage tone={request?.status === 'open' ? 'success' : 'info'}>{request ? <CallbackStatus request={request} /> : undefined}</StatusMessage>
          {request?.status !== 'open' && <CallbackForm phone={profile.data?.mobilePhone ?? ''} />}
        </>
      )}
    </HelpSection>
  );
}
