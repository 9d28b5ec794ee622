import type { ContactChannel } from '@opencpi/contracts';
import { Callout } from 'design-react-kit';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** "Il nostro consiglio": "Ti consigliamo: Digitale" with a one-line explanation, and "Rifai il questionario". */
export function ChannelAdvice({ advised, onRetake, autoFocus = false }: { advised: ContactChannel; onRetake: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('channel.advice.title')}
      </h2>
      <Callout color="note" className="channel-advice">
        <p className="channel-advice__channel">{t('channel.advice.advised', { channel: t(`channel.advice.channels.${advised}`) })}</p>
        <p className="mb-0">{t(`channel.advice.explanation.${advised}`)}</p>
      </Callout>
      <button type="button" className="btn btn-outline-primary" onClick={onRetake}>
        {t('channel.advice.retake')}
      </button>
    </section>
  );
}
