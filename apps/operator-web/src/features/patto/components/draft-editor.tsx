import type { PattoResponse, PattoVersionResponse } from '@opencpi/contracts';
import { Loading } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePattoTemplates } from '../api/use-patto-templates';
import { useSaveDraft } from '../api/use-save-draft';
import { PattoForm } from './patto-form';

export interface DraftEditorProps {
  patto: PattoResponse;
  version: PattoVersionResponse;
  onSaved: () => void;
  /** an amendment of a signed patto: "Annulla la modifica" */
  onCancel?: () => void;
}

/** The editor of the draft (or of the new version of a signed patto): PattoForm on the version's content; saving calls saveDraft. */
export function DraftEditor({ patto, version, onSaved, onCancel }: DraftEditorProps) {
  const { t } = useTranslation('operator');
  const templates = usePattoTemplates();
  const save = useSaveDraft(patto.id);
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.form.title')}</h2>
      {onCancel && <p>{t('patto.signed.amendHint')}</p>}
      {templates.isPending ? (
        <Loading />
      ) : (
        <PattoForm
          templates={templates.data?.items ?? []}
          initial={version.content}
          error={save.error}
          pending={save.isPending}
          onSubmit={(content) => save.mutate(content, { onSuccess: onSaved })}
          extraActions={
            onCancel && (
              <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
                {t('patto.signed.cancelAmend')}
              </button>
            )
          }
        />
      )}
    </section>
  );
}
