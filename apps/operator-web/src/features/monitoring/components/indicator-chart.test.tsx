import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IndicatorChart } from './indicator-chart';

describe('IndicatorChart', () => {
  it('is one image named by its summary, with nothing focusable inside, and draws the median and quartile lines', () => {
    const { container } = render(
      <IndicatorChart
        kind="bar"
        points={[
          { key: 'a', label: 'Torino', value: 3 },
          { key: 'b', label: 'Ivrea', value: 5 },
        ]}
        summary="DID per CPI"
        format={(v) => String(v)}
        references={[
          { kind: 'median', label: 'Mediana', value: 4 },
          { kind: 'quartile', label: 'Quartile migliore', value: 5 },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'DID per CPI' });
    expect(image.querySelectorAll('[tabindex]:not([tabindex="-1"]), button, a[href]')).toHaveLength(0);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(container.querySelectorAll('.recharts-reference-line-line')).toHaveLength(2);
  });

  it('tells which bar was clicked (the drill-down of mouse users)', async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <IndicatorChart
        kind="bar"
        points={[
          { key: 'torino', label: 'Torino', value: 3 },
          { key: 'ivrea', label: 'Ivrea', value: 5 },
        ]}
        summary="DID per CPI"
        format={(v) => String(v)}
        onSelect={onSelect}
      />,
    );
    await userEvent.click(container.querySelector('.recharts-bar-rectangle path[data-key="ivrea"]')!);
    expect(onSelect).toHaveBeenCalledWith('ivrea');
  });
});
