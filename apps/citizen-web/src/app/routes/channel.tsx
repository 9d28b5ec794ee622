import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyChannel } from '../../features/channel/api/use-my-channel';
import { isContactChannel } from '../../features/channel/channel-options';
import { ChannelAdvice } from '../../features/channel/components/channel-advice';
import { ChannelChoiceForm } from '../../features/channel/components/channel-choice-form';
import { SkillsQuestionnaire } from '../../features/channel/components/skills-questionnaire';
import '../../features/channel/channel.css';

/**
 * /canale: "Come preferisci essere seguito". The questionnaire (one question per screen) or, once taken, its advice;
 * then the person's own choice, which always wins.
 */
export function ChannelRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('channel.title'));
  const channel = useMyChannel();
  // "Rifai il questionario" shows the questions again; the advice comes back once they are answered
  const [retaking, setRetaking] = useState(false);
  // where focus goes after the questionnaire or "Rifai il questionario" (not on the first render)
  const [focusTarget, setFocusTarget] = useState<'advice' | 'questionnaire' | undefined>();

  const advised = isContactChannel(channel.data?.advisedChannel) ? channel.data.advisedChannel : undefined;

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('channel.title')}</h1>
        <p className="lead">{t('channel.intro')}</p>
        {channel.isPending ? (
          <Loading />
        ) : channel.isError ? (
          <ProblemAlert error={channel.error} onRetry={() => void channel.refetch()} />
        ) : (
          <>
            {advised && !retaking ? (
              <ChannelAdvice
                advised={advised}
                autoFocus={focusTarget === 'advice'}
                onRetake={() => {
                  setRetaking(true);
                  setFocusTarget('questionnaire');
                }}
              />
            ) : (
              <SkillsQuestionnaire
                autoFocus={focusTarget === 'questionnaire'}
                onAdvised={() => {
                  setRetaking(false);
                  setFocusTarget('advice');
                }}
              />
            )}
            <ChannelChoiceForm profile={channel.data} />
          </>
        )}
      </div>
    </div>
  );
}
