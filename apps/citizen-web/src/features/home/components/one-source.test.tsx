import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PattoRoute } from '../../../app/routes/patto';
import { PlanRoute } from '../../../app/routes/plan';
import { answer, pattoWith } from './situation-cards.test-kit';
import { SituationCards } from './situation-cards';

const SIGNED_BY_ME = {
  party: 'citizen',
  signerName: 'Fatima Khalil',
  signerFiscalCode: 'KHLFTM95M52Z330E',
  method: 'otp_remote',
  documentSha256: 'a'.repeat(64),
  signedAt: '2026-11-21T10:00:00Z',
};

/** One fact, one owner: the same answer of the patto module gives the same state on every screen that shows it. */
describe('the patto and the plan tell the same state on the home, the patto page and the plan', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('signed by me, the CPI has not signed yet: no screen says "Da firmare"', async () => {
    answer({ patti: [pattoWith('proposed', [SIGNED_BY_ME])] });
    const home = renderWithApp(<SituationCards />, { path: '/profilo' });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Patto di servizio' })).closest('section') as HTMLElement;
    expect(await within(card).findByText("Hai firmato il 21 novembre 2026. Manca la firma di: Centro per l'Impiego.")).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: 'Leggi e firma il patto' })).not.toBeInTheDocument();
    home.unmount();

    renderWithApp(<PattoRoute />, { path: '/patto' });
    expect(await screen.findByText('Firmato da te, in attesa delle altre firme')).toBeInTheDocument();
    expect(screen.queryByText('Da firmare')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Firma il patto' })).not.toBeInTheDocument();
  });

  it('the patto lists an action not yet in force: the plan does not say "no patto actions" but why, and links to the patto', async () => {
    answer({ patti: [pattoWith('proposed')], plan: [] });
    const patto = renderWithApp(<PattoRoute />, { path: '/patto' });
    expect(await screen.findByText('Laboratorio CV')).toBeInTheDocument();
    patto.unmount();

    const plan = renderWithApp(<PlanRoute />, { path: '/piano' });
    expect(await screen.findByText('Le azioni del patto entrano nel piano quando il patto è firmato da tutti.')).toBeInTheDocument();
    expect(screen.queryByText('Non ci sono azioni del patto.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leggi e firma il patto' })).toHaveAttribute('href', '/patto');
    plan.unmount();

    renderWithApp(<SituationCards />, { path: '/profilo' });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Il mio piano' })).closest('section') as HTMLElement;
    expect(await within(card).findByText('Le azioni del patto entrano nel piano quando il patto è firmato da tutti.')).toBeInTheDocument();
  });

  it('an overdue plan action reads "Scaduto il …" on the plan page too (the plan module says overdue)', async () => {
    answer({
      patti: [pattoWith('signed', [SIGNED_BY_ME])],
      plan: [{ id: 'i1', source: 'patto', kind: 'workshop', title: 'Laboratorio CV', dueDate: '2026-12-01', status: 'todo', overdue: true, createdAt: '2026-11-20T09:00:00Z' }],
    });
    renderWithApp(<PlanRoute />, { path: '/piano' });
    expect(await screen.findByText('Scaduto il 1 dicembre 2026')).toHaveClass('app-overdue');
    expect(screen.queryByText('Entro il 1 dicembre 2026')).not.toBeInTheDocument();
  });
});
