import type { PattoResponse, PattoVersionResponse, SignatureChallengeResponse } from '@opencpi/contracts';
import { ProblemAlert, RadioGroup, StatusMessage, TextField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useRequestSignatureCode } from '../api/use-request-signature-code';
import { useSignPatto } from '../api/use-sign-patto';

const CODE_CHANNELS = ['sms', 'email'] as const;
type CodeChannel = (typeof CODE_CHANNELS)[number];

/**
 * "Firma il patto": where to receive the 6-digit code (SMS by default), "Inviami il codice", then "Codice ricevuto"
 * and "Firma il patto", which signs the very version the person read (its SHA-256). Wrong, expired or outdated
 * codes and a text changed meanwhile are explained in an alert by their error code.
 */
export function PattoSignatureSection({ patto, version, onSigned }: { patto: PattoResponse; version: PattoVersionResponse; onSigned: () => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const id = useId();
  const codeId = `${id}-code`;
  const requestCode = useRequestSignatureCode();
  const sign = useSignPatto();
  const [channel, setChannel] = useState<CodeChannel>('sms');
  const [challenge, setChallenge] = useState<SignatureChallengeResponse | undefined>();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  const send = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (requestCode.isPending) return;
    requestCode.mutate(
      { pattoId: patto.id, channel },
      {
        onSuccess: (sent) => {
          setChallenge(sent);
          setCode('');
          setCodeError(undefined);
          sign.reset();
          setTimeout(() => document.getElementById(codeId)?.focus(), 0);
        },
      },
    );
  };

  const submitCode = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (sign.isPending || !challenge) return;
    const digits = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setCodeError(t('patto.sign.codeRequired'));
      sign.reset();
      document.getElementById(codeId)?.focus();
      return;
    }
    setCodeError(undefined);
    sign.mutate({ pattoId: patto.id, challengeId: challenge.challengeId, code: digits, documentSha256: version.sha256 ?? '' }, { onSuccess: () => onSigned() });
  };

  return (
    <section className="section-block patto-sign" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('patto.sign.title')}</h2>
      <p>{t('patto.sign.intro')}</p>
      <form onSubmit={send} noValidate>
        <RadioGroup
          legend={t('patto.sign.channelLegend')}
          options={CODE_CHANNELS.map((value) => ({ value, label: t(`patto.sign.${value}`) }))}
          value={channel}
          onChange={setChannel}
          inline
        />
        {requestCode.isError && <ProblemAlert error={requestCode.error} />}
        <div className="form-actions mt-0 mb-3">
          <button type="submit" className={challenge ? 'btn btn-outline-primary form-submit' : 'btn btn-primary form-submit'} aria-busy={requestCode.isPending}>
            {requestCode.isPending ? t('patto.sign.requesting') : t('patto.sign.request')}
          </button>
        </div>
      </form>

      {challenge && (
        <>
          <StatusMessage tone="info">
            <p>{t('patto.sign.sent', { sentTo: challenge.sentTo, time: dates.time(challenge.expiresAt) })}</p>
          </StatusMessage>
          <form onSubmit={submitCode} noValidate>
            <TextField
              id={codeId}
              label={t('patto.sign.code')}
              hint={t('patto.sign.codeHint')}
              className="patto-sign__code"
              value={code}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              onChange={(e) => setCode(e.target.value)}
              error={codeError}
            />
            {sign.isError && <ProblemAlert error={sign.error} />}
            <div className="form-actions mt-0">
              <button type="submit" className="btn btn-primary form-submit" aria-busy={sign.isPending}>
                {sign.isPending ? t('patto.sign.submitting') : t('patto.sign.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="mt-4">{t('patto.sign.inPerson')}</p>
    </section>
  );
}
