import { ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { TextareaField } from '../../forms/components/textarea-field';
import { useNudgeCitizen } from '../api/use-nudge-citizen';

/** "Promemoria gentile": an optional message (at most 500 characters), sent with "Invia un promemoria gentile". */
export function NudgeForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const nudge = useNudgeCitizen(citizenId);
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sent, setSent] = useState(false);
  const error = invalid || problemFields(nudge.error).has('/message') ? t('ecoach.person.nudge.error') : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = message.trim();
    setSent(false);
    const bad = text.length > 500;
    setInvalid(bad);
    if (bad) {
      nudge.reset();
      return;
    }
    nudge.mutate(text || undefined, {
      onSuccess: () => {
        setMessage('');
        setSent(true);
        statusRef.current?.focus();
      },
    });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ecoach.person.nudge.title')}</h2>
      <p>{t('ecoach.person.nudge.intro')}</p>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {sent && <p className="alert alert-success">{t('ecoach.person.nudge.sent')}</p>}
      </div>
      <form onSubmit={submit} noValidate>
        {nudge.isError && <ProblemAlert error={nudge.error} />}
        <TextareaField
          label={t('ecoach.person.nudge.message')}
          hint={t('ecoach.person.nudge.messageHint')}
          value={message}
          error={error}
          onChange={(e) => setMessage(e.target.value)}
          maxLength={500}
          rows={3}
        />
        <button type="submit" className="btn btn-primary" disabled={nudge.isPending} aria-busy={nudge.isPending}>
          {t('ecoach.person.nudge.submit')}
        </button>
      </form>
    </section>
  );
}
