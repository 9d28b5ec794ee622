import { saveIvcJudgements } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { IVC_JUDGEMENT_OUTCOMES, SaveIvcJudgementsBody, type IvcJudgementOutcome } from '@opencpi/contracts/browser';
import { FormRadioGroup, FormShell, FormTextareaField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcCaseStep } from '../api/use-ivc-case-step';

interface JudgementRow {
  competenceId: string;
  outcome: IvcJudgementOutcome | '';
  notes: string;
}
interface JudgementValues {
  items: JudgementRow[];
}
const toBody = (v: JudgementValues): SaveIvcJudgementsBody => ({
  items: v.items.map((row) => ({ competenceId: row.competenceId, outcome: row.outcome as IvcJudgementOutcome, notes: row.notes.trim() })),
});

/** "Giudizio sulle competenze": for each competence of the qualification, validated or not, and why (the case's assessor). */
export function JudgementsForm({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const save = useIvcCaseStep(item.id, saveIvcJudgements);
  const competences = item.qualification.competences;
  const defaults = (): JudgementValues => ({
    items: competences.map((c) => {
      const given = item.judgements.find((j) => j.competenceId === c.id);
      return { competenceId: c.id, outcome: (given?.outcome as IvcJudgementOutcome | undefined) ?? '', notes: given?.notes ?? '' };
    }),
  });
  const { form, done, submit } = useMutationForm({ dto: SaveIvcJudgementsBody, toBody, defaults, mutation: save, reset: false });
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined;
    if (field.endsWith('.outcome')) return t('ivc.judgements.outcomeInvalid');
    if (field.endsWith('.notes')) return t('ivc.judgements.notesInvalid');
    return undefined;
  };
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.judgements.title')}</h2>
      <p>{t('ivc.judgements.intro')}</p>
      <StatusMessage>{done ? <p className="mb-0">{t('ivc.judgements.saved')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        {competences.map((c, i) => (
          <fieldset key={c.id} className="form-section">
            <legend className="h5">{c.title}</legend>
            <p className="small">{[c.code, c.adaRef].filter(Boolean).join(' · ')}</p>
            <FormRadioGroup<IvcJudgementOutcome>
              name={`items.${i}.outcome`}
              legend={t('ivc.judgements.outcome')}
              inline
              options={IVC_JUDGEMENT_OUTCOMES.map((o) => ({ value: o, label: t(`ivc.judgements.outcomes.${o}`) }))}
            />
            <FormTextareaField name={`items.${i}.notes`} label={t('ivc.judgements.notes')} rows={2} />
          </fieldset>
        ))}
        {save.isError && <ProblemAlert error={save.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={save.isPending}>
            {t('ivc.judgements.save')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
