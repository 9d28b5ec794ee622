import { SEGMENT_KINDS, type SegmentKind } from '@opencpi/contracts/browser';
import { FormSelectField, FormTextField } from '@opencpi/ui';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { previewOf, type CampaignValues } from './campaign-values';
import { SegmentSize } from './segment-size';

const number = { type: 'number', min: 0, step: 1, inputMode: 'numeric' } as const;

/** The segment picker: the kind, the parameters of that kind, and the live size of the group. */
export function SegmentFields() {
  const { t } = useTranslation('operator');
  const { control } = useFormContext<CampaignValues>();
  const values = useWatch({ control }) as CampaignValues;
  const kind: SegmentKind = values.segmentKind ?? 'did_without_patto';
  return (
    <fieldset className="mb-3">
      <legend>{t('campaigns.form.segment')}</legend>
      <FormSelectField name="segmentKind" label={t('campaigns.form.segment')} hint={t('campaigns.noNaspi')} required>
        {SEGMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`campaigns.segmentKinds.${k}`)}
          </option>
        ))}
      </FormSelectField>
      <div className="row">
        {kind === 'did_without_patto' && (
          <div className="col-sm-6">
            <FormTextField name="olderThanDays" label={t('campaigns.form.olderThanDays')} {...number} max={3650} required />
          </div>
        )}
        {kind === 'fit_new_vacancies' && (
          <>
            <div className="col-sm-6">
              <FormTextField name="publishedWithinDays" label={t('campaigns.form.publishedWithinDays')} {...number} min={1} max={90} required />
            </div>
            <div className="col-sm-6">
              <FormTextField name="minScore" label={t('campaigns.form.minScore')} {...number} max={100} />
            </div>
          </>
        )}
        {kind === 'unanswered_invitation' && (
          <div className="col-sm-6">
            <FormTextField name="sentWithinDays" label={t('campaigns.form.sentWithinDays')} {...number} min={1} max={365} required />
          </div>
        )}
      </div>
      <SegmentSize body={previewOf(values)} />
    </fieldset>
  );
}
