import { FormCheckboxField, FormTextareaField, FormTextField } from '@opencpi/ui';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CampaignValues } from './campaign-values';

function Variant({ variant, legend }: { variant: 'A' | 'B'; legend: string }) {
  const { t } = useTranslation('operator');
  return (
    <fieldset className="mb-3">
      <legend>{legend}</legend>
      <div className="row">
        <div className="col-md-6">
          <FormTextField name={`subjectIt${variant}`} label={t('campaigns.form.subjectIt')} lang="it" required />
          <FormTextareaField name={`bodyIt${variant}`} label={t('campaigns.form.bodyIt')} hint={t('campaigns.form.bodyHint')} lang="it" rows={4} required />
        </div>
        <div className="col-md-6">
          <FormTextField name={`subjectEn${variant}`} label={t('campaigns.form.subjectEn')} lang="en" required />
          <FormTextareaField name={`bodyEn${variant}`} label={t('campaigns.form.bodyEn')} lang="en" rows={4} required />
        </div>
      </div>
    </fieldset>
  );
}

/** The message in Italian and English, and an optional variant B (A/B test). */
export function MessageFields() {
  const { t } = useTranslation('operator');
  const { control } = useFormContext<CampaignValues>();
  const abTest = useWatch({ control, name: 'abTest' });
  return (
    <>
      <Variant variant="A" legend={abTest ? `${t('campaigns.form.messageA')} A` : t('campaigns.form.messageA')} />
      <FormCheckboxField name="abTest" label={t('campaigns.form.abTest')} />
      {abTest && <Variant variant="B" legend={t('campaigns.form.messageB')} />}
    </>
  );
}
