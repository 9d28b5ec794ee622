import type { CampaignResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS, CreateCampaignBody } from '@opencpi/contracts/browser';
import { FormDateField, FormSelectField, FormShell, FormTextField, ProblemAlert, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateCampaign } from '../api/use-campaign-mutations';
import { campaignDefaults, fieldOf, toBody, type CampaignValues } from './campaign-values';
import { MessageFields } from './message-fields';
import { SegmentFields } from './segment-fields';

export interface CampaignFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  /** the draft was made: the page shows it, with its confirmation before sending */
  onCreated: (campaign: CampaignResponse) => void;
}

/** "Nuova campagna": a draft (nothing is sent here); CreateCampaignBody's limits, checked before the request. */
export function CampaignForm({ offices, services, onCreated }: CampaignFormProps) {
  const { t } = useTranslation('operator');
  const create = useCreateCampaign();
  const { form, submit } = useMutationForm({
    dto: CreateCampaignBody,
    toBody,
    fieldOf,
    defaults: () => campaignDefaults(offices[0]?.id ?? '', services[0]?.code ?? ''),
    mutation: create,
    onSaved: (saved) => onCreated(saved),
    reset: false,
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const messages: FieldMessages = (field, type, code) => {
    if (code === 'CAMPAIGN_WINDOW_INVALID') return t('campaigns.form.windowInvalid');
    if ((field === 'sendFrom' || field === 'sendUntil') && type === 'matches') return t('campaigns.form.timeFormat');
    // an optional language's empty subject or body has an error only when the other one is written
    if (/^(subject|body)(Ar|Ro|Uk)[AB]$/.test(field) && String(form.getValues(field as keyof CampaignValues)).trim() === '') return t('campaigns.form.pairMissing');
    return undefined;
  };
  return (
    <FormShell<CampaignValues> form={form} messages={messages} onValid={submit} className="campaign-form">
      <FormTextField name="name" label={t('campaigns.form.name')} required autoComplete="off" />
      <FormSelectField name="officeId" label={t('campaigns.form.office')} required>
        {offices.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </FormSelectField>
      <SegmentFields />
      <div className="row">
        <div className="col-md-6">
          <FormSelectField name="channel" label={t('campaigns.form.channel')} required>
            {CAMPAIGN_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`campaigns.channels.${c}`)}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-md-6">
          <FormSelectField name="kind" label={t('campaigns.form.kind')} required>
            {CAMPAIGN_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`campaigns.kinds.${k}`)}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      {kind === 'invitation' && (
        <div className="row">
          <div className="col-md-6">
            <FormSelectField name="serviceType" label={t('campaigns.form.service')} required>
              {services.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </FormSelectField>
          </div>
          <div className="col-md-6">
            <FormTextField name="withinDays" type="number" label={t('campaigns.form.withinDays')} min={1} max={60} step={1} inputMode="numeric" required />
          </div>
        </div>
      )}
      <fieldset className="mb-3">
        <legend>{t('campaigns.form.window')}</legend>
        <div className="row">
          <div className="col-sm-6 col-lg-3">
            <FormDateField name="startDate" label={t('campaigns.form.startDate')} required />
          </div>
          <div className="col-sm-6 col-lg-3">
            <FormDateField name="endDate" label={t('campaigns.form.endDate')} required />
          </div>
          <div className="col-sm-6 col-lg-3">
            <FormTextField name="sendFrom" type="time" label={t('campaigns.form.sendFrom')} required />
          </div>
          <div className="col-sm-6 col-lg-3">
            <FormTextField name="sendUntil" type="time" label={t('campaigns.form.sendUntil')} required />
          </div>
        </div>
        <FormTextField name="dailyCap" type="number" label={t('campaigns.form.dailyCap')} min={1} max={10000} step={1} inputMode="numeric" required />
      </fieldset>
      <MessageFields />
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" aria-busy={create.isPending}>
          {t('campaigns.form.submit')}
        </button>
      </div>
    </FormShell>
  );
}
