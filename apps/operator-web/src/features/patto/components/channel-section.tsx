import type { ChannelProfileResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePattoLabels } from '../hooks/use-patto-labels';

/** "Canale e bisogni": the advised channel, the person's own choice (which prevails), help, language and accessibility needs. */
export function ChannelSection({ channel }: { channel: ChannelProfileResponse }) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const headingId = useId();
  const overridden = !!channel.chosenChannel && !!channel.advisedChannel && channel.chosenChannel !== channel.advisedChannel;

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('person.channel.title')}</h2>
      <DataList
        items={[
          { label: t('person.channel.advised'), value: channel.advisedChannel ? labels.channel(channel.advisedChannel) : t('person.channel.notAssessed') },
          { label: t('person.channel.chosen'), value: channel.chosenChannel ? labels.channel(channel.chosenChannel) : t('person.channel.notChosen') },
          { label: t('person.channel.languageNeeds'), value: channel.languageNeeds?.trim() || t('person.channel.noNeeds') },
          { label: t('person.channel.accessibilityNeeds'), value: channel.accessibilityNeeds?.trim() || t('person.channel.noNeeds') },
        ]}
      />
      {overridden && <p className="alert alert-info">{t('person.channel.override')}</p>}
      <p className={channel.needsHelp ? 'fw-semibold' : undefined}>{t('person.channel.needsHelp', { answer: labels.yesNo(channel.needsHelp) })}</p>
    </section>
  );
}
