import type { NotificationPreferencesResponse } from '@opencpi/contracts';
import { MESSAGE_CHANNELS, MESSAGE_LOCALES, NotificationPreferencesBody } from '@opencpi/contracts/browser';
import { checkedValues, FormCheckboxField, FormCheckboxGroup, FormRadioGroup, FormShell, ProblemAlert, StatusMessage, useDtoForm } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveMessagePreferences } from '../api/use-message-preferences';

interface Values {
  channels: string[] | string | false;
  locale: string;
  nonMandatoryOptOut: boolean;
}
const toBody = (v: Values): NotificationPreferencesBody => ({
  channels: checkedValues(v.channels) as NotificationPreferencesBody['channels'],
  locale: v.locale as NotificationPreferencesBody['locale'],
  nonMandatoryOptOut: v.nonMandatoryOptOut,
});

/**
 * Channels (at least one: mandatory messages must reach the person), language of the messages (each in its own name),
 * and "no messages that are not mandatory" (campaigns and surveys leave the person out). Saving is announced.
 */
export function MessagePreferencesForm({ preferences }: { preferences: NotificationPreferencesResponse }) {
  const { t } = useTranslation('citizen');
  const save = useSaveMessagePreferences();
  const [saves, setSaves] = useState(0);
  const hintId = useId();
  const form = useDtoForm<Values, NotificationPreferencesBody>({
    dto: NotificationPreferencesBody,
    toBody,
    serverError: save.error,
    defaultValues: { channels: preferences.channels, locale: preferences.locale, nonMandatoryOptOut: preferences.nonMandatoryOptOut },
  });
  return (
    <>
      <StatusMessage tone={saves > 0 ? 'success' : 'info'}>
        {saves > 0 ? (
          <p key={saves} className="mb-0">
            {t('messages.saved')}
          </p>
        ) : !preferences.saved ? (
          <p className="mb-0">{t('messages.notSavedYet')}</p>
        ) : undefined}
      </StatusMessage>
      <FormShell
        form={form}
        messages={(field, type) => (field === 'channels' && type !== 'server' ? t('messages.channels.required') : undefined)}
        onValid={(values) => {
          if (!save.isPending) save.mutate(toBody(values), { onSuccess: () => setSaves((n) => n + 1) });
        }}
      >
        <FormCheckboxGroup
          name="channels"
          legend={t('messages.channels.legend')}
          hint={t('messages.channels.hint')}
          options={MESSAGE_CHANNELS.map((value) => ({ value, label: t(`messages.channels.${value}`) }))}
        />
        <FormRadioGroup name="locale" legend={t('messages.locale.legend')} options={MESSAGE_LOCALES.map((value) => ({ value, label: t(`messages.locale.${value}`) }))} />
        <fieldset className="form-fieldset">
          <legend>{t('messages.optOut.legend')}</legend>
          <p id={hintId} className="form-text">
            {t('messages.optOut.hint')}
          </p>
          <FormCheckboxField name="nonMandatoryOptOut" label={t('messages.optOut.label')} aria-describedby={hintId} />
        </fieldset>
        {preferences.quietStart && preferences.quietEnd && <p className="text-muted">{t('messages.quietHours', { start: preferences.quietStart, end: preferences.quietEnd })}</p>}
        {save.isError && <ProblemAlert error={save.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={save.isPending}>
            {save.isPending ? t('messages.submitting') : t('messages.submit')}
          </button>
        </div>
      </FormShell>
    </>
  );
}
