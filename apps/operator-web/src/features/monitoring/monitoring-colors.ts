/**
 * Colours of the dashboard's charts (Bootstrap Italia's palette). Each one keeps at least 3:1 against white (WCAG 1.4.11,
 * graphical objects) and the text ones 4.5:1; the median and the quartile lines also differ by dash pattern.
 */
export const CHART_COLORS = {
  /** #06c: 5.6:1 on white */
  primary: '#0066cc',
  /** #004080: the manager's own CPI among the others, 10.4:1 */
  highlight: '#004080',
  /** #5d7083: 5.0:1 */
  median: '#5d7083',
  /** #008055: 5.0:1 */
  quartile: '#008055',
  /** #1a1a1a for axis labels */
  text: '#1a1a1a',
  grid: '#d9dadb',
} as const;
