import type { CalendarParams } from '@opencpi/api-client';
import type { CalendarResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCalendar } from '../../features/agenda/api/use-calendar';
import { AgendaCalendar } from '../../features/agenda/components/agenda-calendar';
import { AgendaFilters, type AgendaFilterValues } from '../../features/agenda/components/agenda-filters';
import { AgendaToolbar } from '../../features/agenda/components/agenda-toolbar';
import { addDays, isIsoDate, todayInRome } from '../../features/agenda/dates';
import { useAgendaShortcuts } from '../../features/agenda/hooks/use-agenda-shortcuts';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { staffIdOf, staffNameOf } from '../../features/staff/staff-id';
import { paths } from '../paths';

const DAYS = { day: 1, week: 7 } as const;

/**
 * /agenda: the office's day (operators as columns) or week (days as columns) as a calendar grid, in person and remote
 * together, with attendance, cancellation and moves; the search of a person and the keyboard shortcuts (/, ←, →, t).
 */
export function AgendaRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('agenda.calendar.title'));
  const me = useStaffProfile();
  // /agenda?dal=YYYY-MM-DD opens on that day (links from the absences page)
  const [search] = useSearchParams();
  const requested = search.get('dal') ?? '';
  const [filters, setFilters] = useState<AgendaFilterValues>(() => ({
    officeId: '',
    view: 'week',
    from: isIsoDate(requested) ? requested : todayInRome(),
    channel: '',
    mine: false,
    showFree: false,
  }));
  const offices = me.data?.offices ?? [];
  const officeId = offices.some((o) => o.id === filters.officeId) ? filters.officeId : (offices[0]?.id ?? '');
  const dateValid = isIsoDate(filters.from);
  const days = DAYS[filters.view];
  // "only mine": by staff id when the profile has it, otherwise by the operator's name (below)
  const ownId = staffIdOf(me.data);
  const params: CalendarParams | undefined =
    officeId && dateValid
      ? {
          officeId,
          from: filters.from,
          days,
          ...(filters.channel ? { channel: filters.channel } : {}),
          ...(filters.mine && ownId ? { operatorId: ownId } : {}),
        }
      : undefined;
  const calendar = useCalendar(params);
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const shift = (sign: 1 | -1) => setFilters((f) => ({ ...f, from: addDays(isIsoDate(f.from) ? f.from : todayInRome(), sign * DAYS[f.view]) }));
  const toToday = () => setFilters((f) => ({ ...f, from: todayInRome() }));
  useAgendaShortcuts({ onSearch: () => searchRef.current?.focus(), onPrevious: () => shift(-1), onNext: () => shift(1), onToday: toToday });

  const shown: CalendarResponse | undefined =
    calendar.data && filters.mine && !ownId && me.data ? { items: calendar.data.items.filter((e) => e.operatorName === staffNameOf(me.data)) } : calendar.data;

  return (
    <div className="agenda-page">
      <h1>{t('agenda.calendar.title')}</h1>
      <p className="lead">{t('agenda.calendar.intro')}</p>
      <p className="d-flex flex-wrap gap-2">
        <Link to={paths.availability} className="btn btn-outline-primary">
          {t('agenda.calendar.newAvailability')}
        </Link>
        <Link to={paths.absences} className="btn btn-outline-primary">
          {t('agenda.calendar.absences')}
        </Link>
      </p>
      {me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
      ) : offices.length === 0 ? (
        <p>{t('agenda.noOffices')}</p>
      ) : (
        <>
          <AgendaFilters value={{ ...filters, officeId }} offices={offices} onChange={setFilters} dateError={dateValid ? undefined : t('agenda.calendar.invalidDate')} />
          {dateValid && (
            <AgendaToolbar
              view={filters.view}
              from={filters.from}
              days={days}
              query={query}
              searchRef={searchRef}
              onQuery={setQuery}
              onPrevious={() => shift(-1)}
              onNext={() => shift(1)}
              onToday={toToday}
            />
          )}
          <div className="mt-3" aria-busy={calendar.isFetching}>
            {params === undefined ? null : calendar.isPending ? (
              <Loading />
            ) : calendar.isError ? (
              <ProblemAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
            ) : shown ? (
              <AgendaCalendar calendar={shown} from={params.from} days={days} showFree={filters.showFree} officeId={params.officeId} query={query} />
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
