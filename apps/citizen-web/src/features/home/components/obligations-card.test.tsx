import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SituationCards } from './situation-cards';
import { answer } from './situation-cards.test-kit';

const card = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

/** GET /api/citizen/condizionalita/obligations as the API answers for a NASpI recipient (rules from the sanction table). */
const NASPI = {
  benefitsAvailable: true,
  benefits: [
    {
      benefitId: 'NASPI-2026-0001',
      benefit: 'NASPI',
      startDate: '2026-10-01',
      status: 'active',
      reasonCode: 'recipient_naspi',
      obligations: [
        { ruleCode: 'missed_orientation', legalSource: 'D.Lgs. 150/2015 art. 21 c.7 lett. b)', verified: true, ladder: ['cut_quarter_month', 'cut_month', 'loss'] },
        { ruleCode: 'missed_appointment', legalSource: 'D.Lgs. 150/2015 art. 21 c.7 lett. a) n.1', verified: true, ladder: ['cut_quarter_month', 'cut_month', 'loss'] },
      ],
    },
  ],
};
const INPS_DOWN = { benefitsAvailable: false, benefits: [] };
const CASE = {
  id: 'k1',
  state: 'open',
  breachCode: 'missed_appointment',
  benefit: 'NASPI',
  occurredOn: '2026-12-01',
  deadline: '2026-12-04',
  windowOpen: true,
  openedAt: '2026-12-01T09:00:00Z',
};

describe('La mia situazione: the obligations card shows the benefits INPS reports and what they bring', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('a benefit and no case: which benefit, since when, the obligation to keep with its first sanction and source', async () => {
    answer({ obligations: NASPI });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const obligations = await card('Obblighi e procedimenti');
    expect(await within(obligations).findByText('NASpI – indennità di disoccupazione')).toBeInTheDocument();
    expect(within(obligations).getByText('Dal 1 ottobre 2026')).toBeInTheDocument();
    // appointments first, whatever the order of the rules
    expect(within(obligations).getByText("Presentarti agli appuntamenti e alle convocazioni del Centro per l'Impiego.")).toBeInTheDocument();
    expect(within(obligations).getByText('Se non lo fai senza un giustificato motivo: La 1ª volta: riduzione di un quarto di una mensilità')).toBeInTheDocument();
    expect(within(obligations).getByText('Fonte: D.Lgs. 150/2015 art. 21 c.7 lett. a) n.1')).toBeInTheDocument();
    expect(within(obligations).queryByText('Nessun procedimento aperto.')).not.toBeInTheDocument();
    expect(within(obligations).getByRole('link', { name: 'Vedi obblighi e procedimenti' })).toHaveAttribute('href', '/obblighi');
  });

  it('an ended benefit: from when to when, and its status; no obligation it no longer brings', async () => {
    const ended = { ...NASPI.benefits[0], endDate: '2026-11-30', status: 'ended', obligations: [] };
    answer({ obligations: { benefitsAvailable: true, benefits: [ended] } });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const obligations = await card('Obblighi e procedimenti');
    expect(await within(obligations).findByText(/Dal 1 ottobre 2026 al 30 novembre 2026/)).toHaveTextContent('Dal 1 ottobre 2026 al 30 novembre 2026 · Terminato');
    expect(within(obligations).queryByText(/Se non lo fai/)).not.toBeInTheDocument();
  });

  it('INPS does not answer: the case still shows with its action, and the card says the benefits cannot be read now', async () => {
    answer({ obligations: INPS_DOWN, cases: [CASE] });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const obligations = await card('Obblighi e procedimenti');
    expect(await within(obligations).findByText("Ora non riusciamo a leggere i tuoi sostegni dall'INPS: riprova più tardi.")).toBeInTheDocument();
    expect(within(obligations).getByText('Entro il 4 dicembre 2026')).toBeInTheDocument();
    expect(within(obligations).getByRole('link', { name: 'Presenta la giustificazione' })).toHaveAttribute('href', '/obblighi/k1');
    // the other cards are there as usual
    expect(await screen.findByText('Nessun messaggio nuovo.')).toBeInTheDocument();
  });

  it('INPS does not answer and no case: the card still says so (we cannot tell that there is nothing)', async () => {
    answer({ obligations: INPS_DOWN });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const obligations = await card('Obblighi e procedimenti');
    expect(await within(obligations).findByText("Ora non riusciamo a leggere i tuoi sostegni dall'INPS: riprova più tardi.")).toBeInTheDocument();
    expect(within(obligations).queryByText('Nessun procedimento aperto.')).not.toBeInTheDocument();
  });
});
