import type { PattoResponse, PattoVersionResponse, SignatureChallengeResponse } from '@opencpi/contracts';
import { CONSENT_PARTS, SignatureChallengeBody, SignPattoBody } from '@opencpi/contracts/browser';
import { FormCheckboxGroup, FormRadioGroup, FormShell, FormTextField, ProblemAlert, StatusMessage, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentLabels } from '../../consent/consent-labels';
import { useDates } from '../../shared/hooks/use-dates';
import { useRequestSignatureCode } from '../api/use-request-signature-code';
import { useSignPatto } from '../api/use-sign-patto';

const CODE_CHANNELS = ['sms', 'email'] as const;
type CodeChannel = (typeof CODE_CHANNELS)[number];
const channelBody = (v: { channel: CodeChannel }): SignatureChallengeBody => ({ channel: v.channel });
/** the challenge and the document's hash are not typed by the person: their errors show on the code */
const signFieldOf = (path: string) => (path === 'challengeId' || path === 'documentSha256' ? 'code' : path);

/** "Dove vuoi ricevere il codice?" (SMS by default) and "Inviami il codice" (SignatureChallengeBody). */
function RequestCodeForm({ pattoId, again, onSent }: { pattoId: string; again: boolean; onSent: (sent: SignatureChallengeResponse) => void }) {
  const { t } = useTranslation('citizen');
  const requestCode = useRequestSignatureCode();
  const form = useDtoForm<{ channel: CodeChannel }, SignatureChallengeBody>({
    dto: SignatureChallengeBody,
    toBody: channelBody,
    defaultValues: { channel: 'sms' },
    serverError: requestCode.error,
  });
  const send = ({ channel }: { channel: CodeChannel }) => {
    if (requestCode.isPending) return;
    requestCode.mutate({ pattoId, channel }, { onSuccess: onSent });
  };
  return (
    <FormShell form={form} onValid={send}>
      <FormRadioGroup<CodeChannel>
        name="channel"
        legend={t('patto.sign.channelLegend')}
        options={CODE_CHANNELS.map((value) => ({ value, label: t(`patto.sign.${value}`) }))}
        inline
      />
      {requestCode.isError && <ProblemAlert error={requestCode.error} />}
      <div className="form-actions mt-0 mb-3">
        <button type="submit" className={again ? 'btn btn-outline-primary form-submit' : 'btn btn-primary form-submit'} aria-busy={requestCode.isPending}>
          {requestCode.isPending ? t('patto.sign.requesting') : t('patto.sign.request')}
        </button>
      </div>
    </FormShell>
  );
}

interface SignValues {
  code: string;
  /** the parts of the dossier the agency named in the patto may see (none by default) */
  agencyConsentParts: string[];
}

/**
 * "Codice ricevuto" and "Firma il patto": SignPattoBody (the 6 digits, the challenge, the SHA-256 of the version read).
 * When the patto names an agency, the person may also let it see parts of their dossier (consent ledger; nothing ticked
 * by default, revocable in "Chi può vedere i miei dati").
 */
function SignCodeForm({
  patto,
  agencyName,
  challenge,
  sha256,
  onSigned,
}: {
  patto: PattoResponse;
  agencyName: string | undefined;
  challenge: SignatureChallengeResponse;
  sha256: string;
  onSigned: () => void;
}) {
  const { t } = useTranslation('citizen');
  const consentLabels = useConsentLabels();
  const sign = useSignPatto();
  const toBody = useCallback(
    (v: SignValues): SignPattoBody => ({
      challengeId: challenge.challengeId,
      code: v.code.replace(/\s+/g, ''),
      documentSha256: sha256,
      ...(v.agencyConsentParts.length ? { agencyConsentParts: v.agencyConsentParts as SignPattoBody['agencyConsentParts'] } : {}),
    }),
    [challenge.challengeId, sha256],
  );
  const form = useDtoForm<SignValues, SignPattoBody>({
    dto: SignPattoBody,
    toBody,
    fieldOf: signFieldOf,
    defaultValues: { code: '', agencyConsentParts: [] },
    serverError: sign.error,
  });
  const messages: FieldMessages = (field, type) => (field === 'code' && type !== 'server' ? t('patto.sign.codeRequired') : undefined);
  const { reset, setFocus } = form;
  const resetSign = sign.reset;

  // a new code was sent: empty the field and start typing there
  useEffect(() => {
    reset({ code: '', agencyConsentParts: [] });
    resetSign();
    setTimeout(() => setFocus('code'), 0);
  }, [challenge.challengeId, reset, resetSign, setFocus]);

  const submit = (values: SignValues) => {
    if (sign.isPending) return;
    sign.mutate({ pattoId: patto.id, ...toBody(values) }, { onSuccess: () => onSigned() });
  };
  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      <FormTextField name="code" label={t('patto.sign.code')} hint={t('patto.sign.codeHint')} className="patto-sign__code" inputMode="numeric" autoComplete="one-time-code" />
      {agencyName && (
        <FormCheckboxGroup
          name="agencyConsentParts"
          legend={t('patto.sign.consentLegend', { agency: agencyName })}
          hint={t('patto.sign.consentHint')}
          inline={false}
          options={CONSENT_PARTS.map((p) => ({ value: p, label: consentLabels.part(p) }))}
        />
      )}
      {sign.isError && <ProblemAlert error={sign.error} />}
      <div className="form-actions mt-0">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={sign.isPending}>
          {sign.isPending ? t('patto.sign.submitting') : t('patto.sign.submit')}
        </button>
      </div>
    </FormShell>
  );
}

/**
 * "Firma il patto": where to receive the 6-digit code (SMS by default), "Inviami il codice", then "Codice ricevuto"
 * and "Firma il patto", which signs the very version the person read (its SHA-256). Wrong, expired or outdated
 * codes and a text changed meanwhile are explained in an alert by their error code.
 */
export function PattoSignatureSection({ patto, version, onSigned }: { patto: PattoResponse; version: PattoVersionResponse; onSigned: () => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const id = useId();
  const [challenge, setChallenge] = useState<SignatureChallengeResponse | undefined>();

  return (
    <section className="section-block patto-sign" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('patto.sign.title')}</h2>
      <p>{t('patto.sign.intro')}</p>
      <RequestCodeForm pattoId={patto.id} again={Boolean(challenge)} onSent={setChallenge} />
      {challenge && (
        <>
          <StatusMessage tone="info">
            <p>{t('patto.sign.sent', { sentTo: challenge.sentTo, time: dates.time(challenge.expiresAt) })}</p>
          </StatusMessage>
          <SignCodeForm patto={patto} agencyName={version.content?.agencyName} challenge={challenge} sha256={version.sha256 ?? ''} onSigned={onSigned} />
        </>
      )}
      <p className="mt-4">{t('patto.sign.inPerson')}</p>
    </section>
  );
}
