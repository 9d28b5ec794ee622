import { addIvcEvidence } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { AddIvcEvidenceBody, IVC_EVIDENCE_KINDS, type IvcEvidenceKind } from '@opencpi/contracts/browser';
import {
  checkedValues,
  FormCheckboxGroup,
  FormRadioGroup,
  FormSelectField,
  FormShell,
  FormTextareaField,
  ProblemAlert,
  StatusMessage,
  useMutationForm,
  type FieldMessages,
} from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../reserved-area/api/use-documents';
import { useIvcCaseStep } from '../api/use-ivc-case-step';

interface EvidenceValues {
  kind: IvcEvidenceKind;
  experienceIndex: string;
  documentId: string;
  text: string;
  competenceIds: string[] | string | false;
}
const toBody = (v: EvidenceValues): AddIvcEvidenceBody => {
  const competenceIds = checkedValues(v.competenceIds);
  return {
    kind: v.kind,
    ...(v.kind === 'experience' ? { experienceIndex: v.experienceIndex === '' ? undefined : Number(v.experienceIndex) } : {}),
    ...(v.kind === 'document' ? { documentId: v.documentId || undefined } : {}),
    ...(v.text.trim() || v.kind === 'note' ? { text: v.text.trim() } : {}),
    ...(competenceIds.length > 0 ? { competenceIds } : {}),
  };
};
const defaults = (): EvidenceValues => ({ kind: 'note', experienceIndex: '', documentId: '', text: '', competenceIds: [] });

/** "Aggiungi una prova": an experience of the person's profile, a document of their dossier, or a note; the competences it supports. */
export function AddEvidenceForm({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const add = useIvcCaseStep(item.id, addIvcEvidence);
  const documents = useDocuments(item.citizenId);
  const { form, done, submit } = useMutationForm({ dto: AddIvcEvidenceBody, toBody, defaults, mutation: add });
  const kind = form.watch('kind');
  const experiences = item.profileExperiences ?? [];
  const docs = documents.data?.items ?? [];
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'experienceIndex' || field === 'documentId') return t('ivc.evidence.form.chooseInvalid');
    if (field === 'text') return t('ivc.evidence.form.textInvalid');
    return undefined;
  };
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('ivc.evidence.form.title')}
      </h3>
      <StatusMessage>{done ? <p className="mb-0">{t('ivc.evidence.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormRadioGroup<IvcEvidenceKind>
          name="kind"
          legend={t('ivc.evidence.form.kind')}
          inline
          options={IVC_EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`ivc.evidence.kinds.${k}`) }))}
        />
        {kind === 'experience' &&
          (experiences.length === 0 ? (
            <p>{t('ivc.evidence.form.noExperiences')}</p>
          ) : (
            <FormSelectField name="experienceIndex" label={t('ivc.evidence.form.experience')}>
              <option value="">{t('ivc.evidence.form.experiencePlaceholder')}</option>
              {experiences.map((e) => (
                <option key={e.index} value={String(e.index)}>
                  {t('ivc.evidence.form.experienceOption', { title: e.title, employer: e.employer ?? '—', from: e.from })}
                </option>
              ))}
            </FormSelectField>
          ))}
        {kind === 'document' &&
          (documents.isSuccess && docs.length === 0 ? (
            <p>{t('ivc.evidence.form.noDocuments')}</p>
          ) : (
            <FormSelectField name="documentId" label={t('ivc.evidence.form.document')}>
              <option value="">{t('ivc.evidence.form.documentPlaceholder')}</option>
              {docs.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.fileName}
                </option>
              ))}
            </FormSelectField>
          ))}
        <FormTextareaField name="text" label={kind === 'note' ? t('ivc.evidence.form.textNote') : t('ivc.evidence.form.text')} hint={t('ivc.evidence.form.textHint')} rows={3} />
        <FormCheckboxGroup
          name="competenceIds"
          legend={t('ivc.evidence.form.competences')}
          inline={false}
          options={item.qualification.competences.map((c) => ({ value: c.id, label: c.title }))}
        />
        {add.isError && <ProblemAlert error={add.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-outline-primary form-submit" aria-busy={add.isPending}>
            {t('ivc.evidence.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
