import { DataTable } from '@opencpi/ui';
import type { ReactNode } from 'react';

export interface IndicatorTableRow {
  key: string;
  /** the row's header cell: a month, a CPI (a drill-down link), an operator */
  header: ReactNode;
  cells: readonly ReactNode[];
}

/** The data of a chart as a table: a caption, column headers (scope="col"), a header cell per row (scope="row"). */
export function IndicatorTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly IndicatorTableRow[] }) {
  return (
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
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
