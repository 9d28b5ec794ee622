import type { ChannelProfileResponse } from '@opencpi/contracts';
import { ChooseChannelBody } from '@opencpi/contracts/browser';
import { FormCheckboxField, FormRadioGroup, FormShell, FormTextareaField, FormTextField, ProblemAlert, StatusMessage, useDtoForm } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChooseChannel } from '../api/use-choose-channel';
import { CONTACT_CHANNELS, isContactChannel } from '../channel-options';

interface ChoiceValues {
  channel: string;
  needsHelp: boolean;
  languageNeeds: string;
  accessibilityNeeds: string;
}
const toBody = (v: ChoiceValues): ChooseChannelBody => ({
  channel: v.channel as ChooseChannelBody['channel'],
  needsHelp: v.needsHelp,
  ...(v.languageNeeds.trim() ? { languageNeeds: v.languageNeeds.trim() } : {}),
  ...(v.accessibilityNeeds.trim() ? { accessibilityNeeds: v.accessibilityNeeds.trim() } : {}),
});

/**
 * "La tua scelta": "Come vuoi essere seguito?" (the saved choice preselected, otherwise nothing: the advice is never
 * forced), "Ho bisogno di aiuto", language and accessibility needs (ChooseChannelBody's limits), "Salva la mia scelta".
 * The saved choice is said in a status box, with a note when it differs from the advice.
 */
export function ChannelChoiceForm({ profile }: { profile: ChannelProfileResponse }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const choose = useChooseChannel();
  const chosen = isContactChannel(profile.chosenChannel) ? profile.chosenChannel : undefined;
  const advised = isContactChannel(profile.advisedChannel) ? profile.advisedChannel : undefined;
  const form = useDtoForm<ChoiceValues, ChooseChannelBody>({
    dto: ChooseChannelBody,
    toBody,
    serverError: choose.error,
    defaultValues: { channel: chosen ?? '', needsHelp: profile.needsHelp, languageNeeds: profile.languageNeeds ?? '', accessibilityNeeds: profile.accessibilityNeeds ?? '' },
  });
  // a new key per save: the status box is rewritten, so that saving the same choice again is announced again
  const [saves, setSaves] = useState(0);

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('channel.choice.title')}</h2>
      <StatusMessage tone={saves > 0 ? 'success' : 'info'}>
        {chosen ? (
          <div key={saves}>
            <p className="fw-semibold mb-1">{t('channel.choice.chosen', { channel: t(`channel.choice.options.${chosen}`) })}</p>
            {advised && advised !== chosen && <p className="mb-0">{t('channel.choice.differs', { channel: t(`channel.advice.channels.${advised}`) })}</p>}
          </div>
        ) : undefined}
      </StatusMessage>
      <FormShell
        form={form}
        messages={(field, type) => (field === 'channel' && type !== 'server' ? t('channel.choice.required') : undefined)}
        onValid={(values) => {
          if (!choose.isPending) choose.mutate(toBody(values), { onSuccess: () => setSaves((n) => n + 1) });
        }}
      >
        <FormRadioGroup name="channel" legend={t('channel.choice.legend')} options={CONTACT_CHANNELS.map((value) => ({ value, label: t(`channel.choice.options.${value}`) }))} />
        <div className="mb-3">
          <FormCheckboxField name="needsHelp" label={t('channel.choice.needsHelp')} />
        </div>
        <FormTextField name="languageNeeds" label={t('channel.choice.languageNeeds')} hint={t('channel.choice.languageNeedsHint')} />
        <FormTextareaField name="accessibilityNeeds" label={t('channel.choice.accessibilityNeeds')} hint={t('channel.choice.accessibilityNeedsHint')} rows={3} />
        {choose.isError && <ProblemAlert error={choose.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={choose.isPending}>
            {choose.isPending ? t('channel.choice.submitting') : t('channel.choice.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
