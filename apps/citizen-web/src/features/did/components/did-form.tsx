import type { DidOverviewResponse, DidProfilePrefillResponse } from '@opencpi/contracts';
import { FileDidBody } from '@opencpi/contracts/browser';
import { dtoResolver, FieldMessagesContext, FormCheckboxField, FormCheckboxGroup, focusFirstInvalid, ProblemAlert, useServerErrors, type FieldMessages } from '@opencpi/ui';
import { useCodeLabels } from '@opencpi/i18n';
import { useId, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFileDid } from '../api/use-file-did';
import { didFormDefaults, toFileDidBody, type DidFormValues } from '../did-form-values';
import { LICENCES } from '../did-options';
import { DidEducationRows, DidJobRows, DidLanguageRows } from './did-rows-sections';
import { DidSituationFields } from './did-situation-fields';

const resolver = dtoResolver<DidFormValues, FileDidBody>(FileDidBody, toFileDidBody);

/** The DID form's own sentences: a situation to choose, the declaration to tick, a choice in a row's list, "not eligible". */
function useDidMessages(): FieldMessages {
  const { t } = useTranslation('citizen');
  return (field, type, code) => {
    if (code === 'DID_NOT_ELIGIBLE') return t('forms.errors.notEligible');
    if (field === 'workCondition') return t('did.form.workCondition.required');
    if (field === 'declaration') return t('did.form.declarationRequired');
    // the fields of a row chosen from a list: whatever failed, the answer is to choose from it
    if (/\.(eqfLevel|language|level)$/.test(field) && type !== 'server') return t('did.form.selectRequired');
    return undefined;
  };
}

/**
 * "Dichiara la tua disponibilità": the work situation (with its own follow-up field), income support, citizenship,
 * study titles, jobs and languages (repeatable rows, none at the start), licences and the declaration. The limits are
 * FileDidBody's, checked in the browser by class-validator; the API's field errors (`/noticeEndDate`,
 * `/education/0/title`…) show next to the same fields.
 */
export function DidForm({
  onFiled,
  profile,
}: {
  onFiled: (overview: DidOverviewResponse) => void;
  /** the professional profile's facts, to start from */ profile?: DidProfilePrefillResponse;
}) {
  const { t } = useTranslation('citizen');
  const codes = useCodeLabels();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const file = useFileDid();
  const form = useForm<DidFormValues>({ resolver, defaultValues: didFormDefaults(profile) });
  useServerErrors(form, file.error);

  const submit = form.handleSubmit(
    (values) => {
      if (file.isPending) return;
      file.mutate(toFileDidBody(values), {
        onSuccess: (overview) => onFiled(overview),
        onError: () => focusFirstInvalid(formRef.current),
      });
    },
    () => {
      file.reset();
      focusFirstInvalid(formRef.current);
    },
  );

  return (
    <FieldMessagesContext value={useDidMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} className="did-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('did.form.title')}</h2>
          <p>{t('did.form.intro')}</p>
          <DidSituationFields />
          <DidEducationRows />
          <DidJobRows />
          <DidLanguageRows />
          <FormCheckboxGroup
            name="licences"
            className="form-section"
            legend={t('did.form.licences.legend')}
            hint={t('did.form.licences.hint')}
            options={LICENCES.map((licence) => ({ value: licence, label: codes.licenceCode(licence) }))}
          />
          <div className="form-section">
            <FormCheckboxField name="declaration" label={t('did.form.declaration')} />
          </div>
          {file.isError && <ProblemAlert error={file.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={file.isPending}>
              {file.isPending ? t('did.form.submitting') : t('did.form.submit')}
            </button>
          </div>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}
