import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../../agenda/agenda-labels';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyObligations } from '../api/use-my-obligations';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { LadderList } from './ladder-list';

/**
 * "Cosa è successo": the fact, its date, the benefit concerned, the state of the case; for a missed convocation, the
 * convocation (date and channel) and when I confirmed receiving it, as the office keeps them as proof.
 */
export function CaseHappenedSection({ item }: { item: ConditionalityCaseResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  const agenda = useAgendaLabels();
  const headingId = useId();
  const issued = item.timeline.find((e) => e.kind === 'convocation.issued')?.params;
  const acknowledged = item.timeline.find((e) => e.kind === 'convocation.acknowledged')?.params;
  const convocation = [
    ...(issued?.['date'] && issued['channel']
      ? [
          {
            label: t('condizionalita.case.happened.convokedFor'),
            value: t('condizionalita.case.happened.convokedValue', { date: dates.dateTime(issued['date']), channel: agenda.channel(issued['channel']) }),
          },
        ]
      : []),
    ...(acknowledged?.['date'] ? [{ label: t('condizionalita.case.happened.acknowledgedAt'), value: dates.dateTime(acknowledged['date']) }] : []),
  ];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.happened.title')}</h2>
      <p>{labels.breachHappened(item.breachCode)}</p>
      <DataList
        items={[
          { label: t('condizionalita.case.happened.date'), value: <time dateTime={item.occurredOn}>{dates.day(item.occurredOn)}</time> },
          { label: t('condizionalita.case.happened.benefit'), value: labels.benefit(item.benefit) },
          { label: t('condizionalita.case.happened.state'), value: labels.state(item.state) },
          { label: t('condizionalita.case.happened.openedAt'), value: dates.day(item.openedAt) },
          ...convocation,
        ]}
      />
    </section>
  );
}

/**
 * "Cosa può succedere": the ladder of the rule the case is about, for the benefit concerned (from my obligations), and
 * the promise that a person reads the justification and a manager confirms any cut. Shown while no decision is taken.
 */
export function CaseFollowSection({ item }: { item: ConditionalityCaseResponse }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const obligations = useMyObligations();
  const ladder = obligations.data?.benefits
    .find((b) => b.benefitId === item.benefitId || b.benefit === item.benefit)
    ?.obligations.find((o) => o.ruleCode === item.breachCode)?.ladder;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.follow.title')}</h2>
      {ladder && ladder.length > 0 ? (
        <>
          <p className="mb-1">{t('condizionalita.case.follow.text')}</p>
          <LadderList sanctions={ladder} />
        </>
      ) : (
        <p>{t('condizionalita.case.follow.noLadder')}</p>
      )}
      <p>{t('condizionalita.case.follow.fairness')}</p>
    </section>
  );
}
