import type { DidOverviewResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../forms/components/textarea-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { useRevokeDid } from '../api/use-revoke-did';

/** "Revoca la DID": "Motivo della revoca" (3–300 characters) and the button. */
export function DidRevokeForm({ onRevoked }: { onRevoked: (overview: DidOverviewResponse) => void }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const revoke = useRevokeDid();
  const serverError = useApiFieldErrors(revoke.error);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (revoke.isPending) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) {
      setReasonError(t('did.revoke.reasonRequired'));
      revoke.reset();
      focusFirstInvalid(form.current);
      return;
    }
    setReasonError(undefined);
    revoke.mutate(trimmed, { onSuccess: onRevoked, onError: () => focusFirstInvalid(form.current) });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.revoke.title')}</h2>
      <p>{t('did.revoke.intro')}</p>
      <form ref={form} onSubmit={submit} noValidate>
        <TextareaField
          label={t('did.revoke.reason')}
          value={reason}
          rows={3}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
          error={reasonError ?? serverError('/reason')}
        />
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-outline-danger form-submit" aria-busy={revoke.isPending}>
            {revoke.isPending ? t('did.revoke.submitting') : t('did.revoke.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
