import { DataTable } from '@opencpi/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../../citizens/components/person-link';
import { MoreRows } from './home-block';

export interface PeopleRow {
  key: string;
  citizenId?: string | undefined;
  fiscalCode?: string | undefined;
  name: string;
  /** the second and third cells (what and when) */
  cells: [ReactNode, ReactNode];
  /** the second cell in bold (e.g. overdue) */
  urgent?: boolean;
}

/**
 * The table of a home block that lists people: the name as a link to the dossier, what and when; the first `shown`
 * rows, then "e altri N".
 */
export function PeopleTable({ caption, columns, rows, shown }: { caption: string; columns: [string, string, string]; rows: PeopleRow[]; shown: number }) {
  const { t } = useTranslation('operator');
  return (
    <>
      <DataTable caption={caption}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr key={r.key}>
              <th scope="row" className="fw-normal">
                <PersonLink citizenId={r.citizenId} fiscalCode={r.fiscalCode}>
                  {r.name}
                </PersonLink>
              </th>
              <td className={r.urgent ? 'fw-semibold' : undefined}>{r.cells[0]}</td>
              <td className="text-nowrap">{r.cells[1]}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <MoreRows total={rows.length} shown={shown} text={(count) => t('home.more', { count })} />
    </>
  );
}
