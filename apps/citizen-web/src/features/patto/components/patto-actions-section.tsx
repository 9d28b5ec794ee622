import type { PattoContentResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDate } from '../../shared/components/due-date';
import { usePattoLabels } from '../patto-labels';

/** "Le azioni concordate": title, who takes care of it (CPI or agency) and the due date of each action ("Scaduto il …" once past). */
export function PattoActionsSection({ content }: { content: PattoContentResponse }) {
  const { t } = useTranslation('citizen');
  const labels = usePattoLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.actions.title')}</h2>
      {content.actions.length === 0 ? (
        <p>{t('patto.actions.empty')}</p>
      ) : (
        <ul className="plain-list">
          {content.actions.map((action, index) => (
            <li key={index} className="item-card">
              <p className="fw-semibold mb-1">{action.title}</p>
              <p className="mb-0">
                {t('patto.actions.provider', { provider: labels.provider(action.provider, content.agencyName) })}
                {' · '}
                <DueDate date={action.dueDate} dueKey="patto.actions.due" />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
