import type { IvcCaseState } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useConditionalityCases } from '../../condizionalita/api/use-conditionality-cases';
import { condizionalitaPaths } from '../../condizionalita/condizionalita-paths';
import { useCondizionalitaLabels } from '../../condizionalita/hooks/use-condizionalita-labels';
import { useEcoach } from '../../ecoach/api/use-ecoach';
import { useIvcCases } from '../../ivc/api/use-ivc-cases';
import { ivcPaths } from '../../ivc/ivc-paths';
import { romeDay } from '../../patto/dates';
import { useStaffProfile } from '../../staff/api/use-staff-profile';
import { staffNameOf } from '../../staff/staff-id';
import { HomeBlock } from './home-block';
import { PeopleTable } from './people-table';

const SHOWN = 8;
/** IVC states in which the guiding operator has something to do */
const IVC_OPEN: readonly IvcCaseState[] = ['requested', 'identification', 'awaiting_validation', 'validation'];

interface CaseRow {
  key: string;
  citizenId: string;
  name: string;
  what: string;
  /** YYYY-MM-DD or RFC 3339 */
  when: string;
  whenText: string;
  to: string;
}

/**
 * "Casi e avvisi": what waits for the operator, each from its module: condizionalità cases still open or with a
 * justification to examine (my offices, by deadline), validation-of-competence requests I guide or nobody guides yet,
 * and the e-coach's alerts on the people I follow.
 */
export function CasesBlock() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const cLabels = useCondizionalitaLabels();
  const me = useStaffProfile();
  const open = useConditionalityCases({ state: 'open', sort: 'deadline', limit: SHOWN });
  const justified = useConditionalityCases({ state: 'justification_submitted', sort: 'deadline', limit: SHOWN });
  const ivc = useIvcCases();
  const ecoach = useEcoach();
  const myName = me.data ? staffNameOf(me.data) : undefined;
  const day = (iso: string) => f.date(romeDay(iso)) ?? iso;

  const rows: CaseRow[] = [
    ...[...(open.data?.items ?? []), ...(justified.data?.items ?? [])].flatMap((c) =>
      c.citizenId
        ? [
            {
              key: `cond-${c.id}`,
              citizenId: c.citizenId,
              name: c.citizenName ?? c.citizenFiscalCode ?? '',
              what: t('home.cases.condizionalita', { state: cLabels.state(c.state) }),
              when: c.deadline,
              whenText: t('home.cases.deadline', { date: day(c.deadline) }),
              to: condizionalitaPaths.case(c.id),
            },
          ]
        : [],
    ),
    ...(ivc.data?.items ?? [])
      .filter((c) => (IVC_OPEN as readonly string[]).includes(c.state) && (!c.guideName || c.guideName === myName))
      .map((c) => ({
        key: `ivc-${c.id}`,
        citizenId: c.citizenId,
        name: c.citizenName,
        what: t('home.cases.ivc', { qualification: c.qualificationTitle }),
        when: c.requestedAt,
        whenText: t('home.cases.requested', { date: day(c.requestedAt) }),
        to: ivcPaths.case(c.id),
      })),
    ...(ecoach.data?.items ?? [])
      .filter((p) => p.alerts.length > 0)
      .map((p) => {
        const first = [...p.alerts].sort((a, b) => a.raisedOn.localeCompare(b.raisedOn))[0]!;
        return {
          key: `coach-${p.citizenId}`,
          citizenId: p.citizenId,
          name: p.name,
          what: t('home.cases.ecoach', { count: p.alerts.length }),
          when: first.raisedOn,
          whenText: t('home.cases.raised', { date: day(first.raisedOn) }),
          to: paths.ecoachPerson(p.citizenId),
        };
      }),
  ].sort((a, b) => romeDay(a.when).localeCompare(romeDay(b.when)));

  return (
    <HomeBlock
      title={t('home.cases.title')}
      queries={[open, justified, ivc, ecoach]}
      links={[
        { to: condizionalitaPaths.cases, label: t('home.cases.openCondizionalita') },
        { to: ivcPaths.cases, label: t('home.cases.openIvc') },
      ]}
    >
      {rows.length === 0 ? (
        <p>{t('home.cases.empty')}</p>
      ) : (
        <PeopleTable
          caption={t('home.cases.caption')}
          columns={[t('home.cases.columns.person'), t('home.cases.columns.what'), t('home.cases.columns.when')]}
          rows={rows.map((r) => ({ key: r.key, citizenId: r.citizenId, name: r.name, cells: [<Link to={r.to}>{r.what}</Link>, r.whenText] }))}
          shown={SHOWN}
        />
      )}
    </HomeBlock>
  );
}
