import { FormCheckboxField, FormTextareaField, FormTextField } from '@opencpi/ui';
import { useState } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OPTIONAL_LANGUAGES, suffixOf, type CampaignValues } from './campaign-values';

/**
 * The message in Arabic, Romanian and Ukrainian, optional, folded behind "Altre lingue (facoltative)"; Arabic reads
 * right to left. The disclosure opens by itself when one of its fields has an error, so the focus can reach it.
 */
function OtherLanguages({ variant }: { variant: 'A' | 'B' }) {
  const { t } = useTranslation('operator');
  const { control } = useFormContext<CampaignValues>();
  const { errors } = useFormState({ control });
  const [open, setOpen] = useState(false);
  const names = OPTIONAL_LANGUAGES.flatMap((l) => [`subject${suffixOf(l)}${variant}`, `body${suffixOf(l)}${variant}`]);
  const invalid = names.some((n) => get(errors, n) !== undefined);
  return (
    <details className="mb-3" open={open || invalid} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('campaigns.form.otherLanguages')}</summary>
      <p className="small mt-2">{t('campaigns.form.otherLanguagesHint')}</p>
      {OPTIONAL_LANGUAGES.map((l) => {
        const dir = l === 'ar' ? 'rtl' : undefined;
        return (
          <div className="row" key={l}>
            <div className="col-md-6">
              <FormTextField name={`subject${suffixOf(l)}${variant}`} label={t(`campaigns.form.subject${suffixOf(l)}`)} lang={l} dir={dir} />
            </div>
            <div className="col-md-6">
              <FormTextareaField name={`body${suffixOf(l)}${variant}`} label={t(`campaigns.form.body${suffixOf(l)}`)} lang={l} dir={dir} rows={4} />
            </div>
          </div>
        );
      })}
    </details>
  );
}

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
      <OtherLanguages variant={variant} />
    </fieldset>
  );
}

/** The message in Italian and English (and optionally Arabic, Romanian, Ukrainian), and an optional variant B (A/B test). */
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
