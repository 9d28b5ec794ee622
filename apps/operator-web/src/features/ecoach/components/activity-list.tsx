import { documentContentUrl } from '@opencpi/api-client';
import type { PlanItemResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../../patto/dates';
import { usePattoLabels } from '../../patto/hooks/use-patto-labels';

/** The day an activity is about: when it happened (own activities), else when it is due (patto actions), else when it was recorded. */
const dayOf = (item: PlanItemResponse) => romeDay(item.date ?? item.dueDate ?? item.createdAt);

/** The person's activities, newest first: kind, title, employer, date or due date, state, and the proof they uploaded. */
export function ActivityList({ citizenId, activities }: { citizenId: string; activities: readonly PlanItemResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const sorted = [...activities].sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || b.createdAt.localeCompare(a.createdAt));

  if (sorted.length === 0) return <p>{t('ecoach.person.noActivities')}</p>;
  return (
    <ol className="activity-list list-unstyled">
      {sorted.map((item) => (
        <li key={item.id} className="activity-list__item">
          <h3 className="h5 mb-1">
            {labels.activityKind(item.kind)}: {item.title}
          </h3>
          <p className="small text-muted-aa mb-2">{t(`ecoach.person.source.${item.source === 'patto' ? 'patto' : 'own'}`)}</p>
          <DataList
            items={[
              ...(item.employer ? [{ label: t('ecoach.person.employer'), value: item.employer }] : []),
              ...(item.provider ? [{ label: t('ecoach.person.provider'), value: labels.provider(item.provider) }] : []),
              ...(item.date ? [{ label: t('ecoach.person.date'), value: <time dateTime={romeDay(item.date)}>{f.date(romeDay(item.date))}</time> }] : []),
              ...(item.dueDate ? [{ label: t('ecoach.person.dueDate'), value: <time dateTime={romeDay(item.dueDate)}>{f.date(romeDay(item.dueDate))}</time> }] : []),
              {
                label: t('ecoach.person.state'),
                value: item.overdue ? `${labels.planStatus(item.status)} – ${t('ecoach.person.overdue')}` : labels.planStatus(item.status),
              },
              ...(item.notes ? [{ label: t('ecoach.person.notes'), value: item.notes }] : []),
            ]}
          />
          {item.proofDocumentId && (
            <p>
              <a href={documentContentUrl(item.proofDocumentId, citizenId)}>{t('ecoach.person.proof', { fileName: item.proofFileName ?? item.proofDocumentId })}</a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
