import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from '../monitoring-colors';

/** One category of a chart: a month, a CPI or an operator; `value` null or undefined = no figure (not drawn). */
export interface ChartPoint {
  key: string;
  label: string;
  value: number | null | undefined;
  /** drawn in the highlight colour (e.g. the manager's own CPI among the others) */
  highlight?: boolean;
}

/** A horizontal line across a bar chart (the regional median, the best quartile). */
export interface ChartReference {
  label: string;
  value: number;
  kind: 'median' | 'quartile';
}

export interface IndicatorChartProps {
  kind: 'bar' | 'line';
  points: readonly ChartPoint[];
  /** what the chart shows, read by screen readers in place of the drawing (the table is the full alternative) */
  summary: string;
  format: (value: number) => string;
  /** bars as rows with the names on the left (CPIs, operators: long names, read well on a phone) */
  rows?: boolean;
  /** the top of the value axis when it has a natural one (1 for a share) */
  max?: number;
  references?: readonly ChartReference[];
  /** a click on a bar (mouse users; keyboard users drill from the table) */
  onSelect?: (key: string) => void;
}

const HEIGHT = 260;
const ROW_HEIGHT = 36;
const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };
const DASH = { median: '6 4', quartile: '2 3' } as const;
const STROKE = { median: CHART_COLORS.median, quartile: CHART_COLORS.quartile } as const;

/** The key of the reference lines, in HTML under the drawing (it names the lines by their dash pattern and colour). */
function ReferenceLegend({ references }: { references: readonly ChartReference[] }) {
  if (references.length === 0) return null;
  return (
    <ul className="chart-legend">
      {references.map((r) => (
        <li key={r.kind}>
          <svg width="32" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="32" y2="5" stroke={STROKE[r.kind]} strokeWidth="2" strokeDasharray={DASH[r.kind]} />
          </svg>{' '}
          {r.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart of one indicator, drawn with recharts. The drawing is an image for assistive technology (role="img" with a
 * summary; recharts' own keyboard layer is off so nothing focusable hides inside the image): the data table beside it
 * is the accessible alternative. Colours keep 3:1 against white and lines differ by dash, not by colour alone.
 */
export function IndicatorChart({ kind, points, summary, format, rows = false, max, references = [], onSelect }: IndicatorChartProps) {
  const data = points.map((p) => ({ ...p, value: p.value ?? undefined }));
  const height = rows ? Math.max(HEIGHT / 2, points.length * ROW_HEIGHT + 40) : HEIGHT;
  const domain: [number, number | 'auto'] = [0, max ?? 'auto'];
  const tick = { fill: CHART_COLORS.text, fontSize: 12 };
  const valueAxis = { type: 'number' as const, domain, tick, tickFormatter: (v: number) => format(v), allowDecimals: max !== undefined && max <= 1 };
  const common = { data, height, width: 640, responsive: true, style: { width: '100%', height }, margin: MARGIN, accessibilityLayer: false };
  const tooltip = <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />;
  return (
    <div className="indicator-chart" role="img" aria-label={summary}>
      {/* the drawing itself is hidden from assistive technology: the summary names the image, the table holds the data */}
      <div aria-hidden="true">
        {kind === 'line' ? (
          <LineChart {...common}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" />
            <YAxis {...valueAxis} width={56} />
            {tooltip}
            <Line type="monotone" dataKey="value" stroke={CHART_COLORS.primary} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
          </LineChart>
        ) : (
          <BarChart {...common} layout={rows ? 'vertical' : 'horizontal'}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={rows} horizontal={!rows} />
            {rows ? <XAxis {...valueAxis} /> : <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" />}
            {rows ? <YAxis type="category" dataKey="label" tick={tick} width={150} /> : <YAxis {...valueAxis} width={56} />}
            {tooltip}
            <Bar
              dataKey="value"
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={onSelect ? (entry: { payload?: ChartPoint }) => entry.payload && onSelect(entry.payload.key) : undefined}
            >
              {points.map((p) => (
                <Cell key={p.key} fill={p.highlight ? CHART_COLORS.highlight : CHART_COLORS.primary} data-key={p.key} />
              ))}
            </Bar>
            {references.map((r) => (
              <ReferenceLine
                key={r.kind}
                {...(rows ? { x: r.value } : { y: r.value })}
                stroke={STROKE[r.kind]}
                strokeWidth={2}
                strokeDasharray={DASH[r.kind]}
                ifOverflow="extendDomain"
              />
            ))}
          </BarChart>
        )}
        <ReferenceLegend references={references} />
      </div>
    </div>
  );
}
