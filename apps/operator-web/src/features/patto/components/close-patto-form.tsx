import { ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { TextareaField } from '../../forms/components/textarea-field';
import { useClosePatto } from '../api/use-close-patto';

/** "Chiudi il patto", with the reason (3–300 characters). */
export function ClosePattoForm({ pattoId, onClosed }: { pattoId: string; onClosed: () => void }) {
  const { t } = useTranslation('operator');
  const close = useClosePatto(pattoId);
  const sectionId = useId();
  const headingId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const error = invalid || problemFields(close.error).has('/reason') ? t('patto.close.error') : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = reason.trim();
    const bad = text.length < 3 || text.length > 300;
    setInvalid(bad);
    if (bad) {
      close.reset();
      reasonRef.current?.focus();
      return;
    }
    close.mutate(text, { onSuccess: onClosed });
  };

  return (
    <section className="section-block" aria-labelledby={sectionId}>
      <h2 id={sectionId}>{t('patto.close.section')}</h2>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('patto.close.title')}</h3>
        <form onSubmit={submit} noValidate>
          {close.isError && <ProblemAlert error={close.error} />}
          <TextareaField
            ref={reasonRef}
            label={t('patto.close.reason')}
            hint={t('patto.close.reasonHint')}
            value={reason}
            error={error}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={3}
            maxLength={300}
            rows={3}
          />
          <button type="submit" className="btn btn-outline-danger" disabled={close.isPending} aria-busy={close.isPending}>
            {t('patto.close.submit')}
          </button>
        </form>
      </section>
    </section>
  );
}
