import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CampaignFunnel, share } from './campaign-funnel';

describe('Risultati della campagna', () => {
  it('shows the funnel per variant and in total as a table, and the variants side by side as shares of the people sent to', () => {
    renderWithApp(
      <CampaignFunnel
        funnel={{
          campaignId: 'c1',
          variants: [
            { variant: 'A', recipients: 4, sent: 4, delivered: 3, opened: 2, booked: 1, attended: 1 },
            { variant: 'B', recipients: 4, sent: 4, delivered: 4, opened: 1, booked: 0, attended: 0 },
          ],
          total: { variant: 'all', recipients: 8, sent: 8, delivered: 7, opened: 3, booked: 1, attended: 1 },
        }}
      />,
      { app: 'operator' },
    );
    const table = screen.getByRole('table', { name: 'Dall’invio alla presenza, per variante (numero di persone)' });
    const total = within(table).getByRole('row', { name: /Totale/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['8', '8', '7', '3', '1', '1']);
    const compare = screen.getByRole('table', { name: 'Percentuale di ogni passo sulle persone a cui è stato inviato' });
    const a = within(compare).getByRole('row', { name: /Variante A/ });
    expect(
      within(a)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['75%', '50%', '25%', '25%']);
  });

  it('says "non previsto" for the agenda steps of an information-only campaign, and shows no comparison with one variant', () => {
    renderWithApp(
      <CampaignFunnel
        funnel={{ campaignId: 'c2', variants: [{ variant: 'A', recipients: 2, sent: 2, delivered: 1 }], total: { variant: 'all', recipients: 2, sent: 2, delivered: 1 } }}
      />,
      { app: 'operator' },
    );
    expect(screen.getAllByText('non previsto')).toHaveLength(6);
    expect(screen.queryByText('Confronto tra le varianti')).not.toBeInTheDocument();
    expect(share(1, 0)).toBe('—');
  });
});
