import type { ChannelProfileResponse, ContactChannel } from '@opencpi/contracts';
import { ProblemAlert, TextField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { RadioGroup } from '../../forms/components/radio-group';
import { TextareaField } from '../../forms/components/textarea-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { StatusMessage } from '../../shared/components/status-message';
import { useChooseChannel } from '../api/use-choose-channel';
import { CONTACT_CHANNELS, isContactChannel } from '../channel-options';

/**
 * "La tua scelta": "Come vuoi essere seguito?" (the saved choice preselected, otherwise nothing: the advice is never
 * forced), "Ho bisogno di aiuto", language and accessibility needs, "Salva la mia scelta". The saved choice is said
 * in a status box, with a note when it differs from the advice. Works without the questionnaire too.
 */
export function ChannelChoiceForm({ profile }: { profile: ChannelProfileResponse }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const choose = useChooseChannel();
  const serverError = useApiFieldErrors(choose.error);
  const [channel, setChannel] = useState<ContactChannel | undefined>(() =>
    isContactChannel(profile.chosenChannel) ? profile.chosenChannel : undefined,
  );
  const [needsHelp, setNeedsHelp] = useState(profile.needsHelp);
  const [languageNeeds, setLanguageNeeds] = useState(profile.languageNeeds ?? '');
  const [accessibilityNeeds, setAccessibilityNeeds] = useState(profile.accessibilityNeeds ?? '');
  const [channelError, setChannelError] = useState<string | undefined>();
  // a new key per save: the status box is rewritten, so that saving the same choice again is announced again
  const [saves, setSaves] = useState(0);

  const chosen = isContactChannel(profile.chosenChannel) ? profile.chosenChannel : undefined;
  const advised = isContactChannel(profile.advisedChannel) ? profile.advisedChannel : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (choose.isPending) return;
    if (!channel) {
      setChannelError(t('channel.choice.required'));
      choose.reset();
      focusFirstInvalid(form.current);
      return;
    }
    setChannelError(undefined);
    choose.mutate(
      {
        channel,
        needsHelp,
        ...(languageNeeds.trim() ? { languageNeeds: languageNeeds.trim() } : {}),
        ...(accessibilityNeeds.trim() ? { accessibilityNeeds: accessibilityNeeds.trim() } : {}),
      },
      {
        onSuccess: () => setSaves((n) => n + 1),
        onError: () => focusFirstInvalid(form.current),
      },
    );
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('channel.choice.title')}</h2>
      <StatusMessage tone={saves > 0 ? 'success' : 'info'}>
        {chosen ? (
          <div key={saves}>
            <p className="fw-semibold mb-1">{t('channel.choice.chosen', { channel: t(`channel.choice.options.${chosen}`) })}</p>
            {advised && advised !== chosen && (
              <p className="mb-0">{t('channel.choice.differs', { channel: t(`channel.advice.channels.${advised}`) })}</p>
            )}
          </div>
        ) : undefined}
      </StatusMessage>
      <form ref={form} onSubmit={submit} noValidate>
        <RadioGroup
          legend={t('channel.choice.legend')}
          options={CONTACT_CHANNELS.map((value) => ({ value, label: t(`channel.choice.options.${value}`) }))}
          value={channel}
          onChange={(value) => {
            setChannel(value);
            setChannelError(undefined);
          }}
          error={channelError ?? serverError('/channel')}
        />
        <div className="mb-3">
          <CheckboxField
            label={t('channel.choice.needsHelp')}
            checked={needsHelp}
            onChange={(e) => setNeedsHelp(e.target.checked)}
            error={serverError('/needsHelp')}
          />
        </div>
        <TextField
          label={t('channel.choice.languageNeeds')}
          hint={t('channel.choice.languageNeedsHint')}
          value={languageNeeds}
          maxLength={200}
          onChange={(e) => setLanguageNeeds(e.target.value)}
          error={serverError('/languageNeeds')}
        />
        <TextareaField
          label={t('channel.choice.accessibilityNeeds')}
          hint={t('channel.choice.accessibilityNeedsHint')}
          value={accessibilityNeeds}
          rows={3}
          maxLength={300}
          onChange={(e) => setAccessibilityNeeds(e.target.value)}
          error={serverError('/accessibilityNeeds')}
        />
        {choose.isError && <ProblemAlert error={choose.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={choose.isPending}>
            {choose.isPending ? t('channel.choice.submitting') : t('channel.choice.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
