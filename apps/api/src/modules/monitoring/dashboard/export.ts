import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { DashboardResponse } from '@opencpi/contracts';

/**
 * The dashboard as a table (one row per indicator and per breakdown key; one column per month, then the period):
 * the same cells in CSV and in XLSX. Codes and Italian titles (the export is read by the region's staff).
 */
export function dashboardTable(d: DashboardResponse): (string | number | null)[][] {
  const head = ['indicatore', 'titolo', 'unita', 'dettaglio', ...d.period.months, 'periodo'];
  const rows: (string | number | null)[][] = [head];
  for (const i of d.indicators) {
    rows.push([i.code, i.definition.title.it, i.definition.unit, '', ...i.series.map((p) => p.value ?? null), i.value ?? null]);
    for (const b of i.breakdowns) {
      for (const r of b.rows) {
        const byMonth = new Map(r.series.map((p) => [p.month, p.value ?? null]));
        rows.push([i.code, i.definition.title.it, i.definition.unit, `${b.dimension}:${r.key}`, ...d.period.months.map((m) => byMonth.get(m) ?? null), r.value ?? null]);
      }
    }
  }
  return rows;
}

export function toCsv(table: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${table.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(table: (string | number | null)[][]): Promise<Buffer> {
  const data: SheetData = table.map((r, i) =>
    r.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  return writeXlsxFile(data, { sheet: 'Indicatori' }).toBuffer();
}
