import { useFormatters } from '@opencpi/i18n';
import { DataList, Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useEcoach } from '../../features/ecoach/api/use-ecoach';
import { useEcoachPerson } from '../../features/ecoach/api/use-ecoach-person';
import { ActivityList } from '../../features/ecoach/components/activity-list';
import { AlertList } from '../../features/ecoach/components/alert-list';
import { NudgeForm } from '../../features/ecoach/components/nudge-form';
import { romeDay } from '../../features/patto/dates';
import { usePattoLabels } from '../../features/patto/hooks/use-patto-labels';
import { paths } from '../paths';

/** /ecoach/:citizenId: one person's summary, their activities (newest first) and a gentle reminder. */
export function EcoachPersonRoute() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const { citizenId = '' } = useParams();
  const query = useEcoachPerson(citizenId);
  const person = query.data?.person;
  const title = person ? t('ecoach.person.title', { name: person.name }) : t('ecoach.person.fallbackTitle');
  useDocumentTitle(title);
  const activitiesId = useId();
  // the threshold of "Nessuna attività da N giorni" comes with the list (usually already cached)
  const inactivityDays = useEcoach().data?.inactivityDays;

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={paths.ecoach}>{t('ecoach.person.back')}</Link>
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <DataList
            items={[
              { label: t('ecoach.person.fiscalCode'), value: <span className="fiscal-code">{query.data.person.fiscalCode}</span> },
              { label: t('ecoach.columns.pathway'), value: labels.pathway(query.data.person.pathway) },
              {
                label: t('ecoach.columns.lastActivity'),
                value: query.data.person.lastActivityOn ? (
                  <time dateTime={romeDay(query.data.person.lastActivityOn)}>{f.date(romeDay(query.data.person.lastActivityOn))}</time>
                ) : (
                  t('ecoach.noActivity')
                ),
              },
              { label: t('ecoach.columns.last30Days'), value: String(query.data.person.activitiesLast30Days) },
              { label: t('ecoach.columns.overdueActions'), value: String(query.data.person.overdueActions) },
              { label: t('ecoach.columns.alerts'), value: <AlertList alerts={query.data.person.alerts} inactivityDays={inactivityDays} /> },
            ]}
          />
          <section className="section-block" aria-labelledby={activitiesId}>
            <h2 id={activitiesId}>{t('ecoach.person.activities')}</h2>
            <ActivityList citizenId={citizenId} activities={query.data.activities} />
          </section>
          <NudgeForm citizenId={citizenId} />
        </>
      )}
    </>
  );
}
