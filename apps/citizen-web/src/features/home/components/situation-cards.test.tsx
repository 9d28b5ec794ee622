import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SituationCards } from './situation-cards';
import { answer, APPOINTMENT, pattoWith, planItem, SIGNATURE } from './situation-cards.test-kit';

const NOW = new Date('2026-12-03T10:00:00Z');

const card = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

describe('La mia situazione: each card reads its owner and links to its one next action', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('no DID: "Dichiara la tua disponibilità" to /did; no patto, no appointment: book one', async () => {
    answer({ did: false });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const did = await card('Disponibilità al lavoro (DID)');
    expect(await within(did).findByText('Non hai una DID attiva.')).toBeInTheDocument();
    expect(within(did).getByRole('link', { name: 'Dichiara la tua disponibilità' })).toHaveAttribute('href', '/did');
    const next = await card('Prossimo appuntamento');
    expect(await within(next).findByRole('link', { name: 'Prenota un appuntamento' })).toHaveAttribute('href', '/appuntamenti/prenota');
    // obligations and certificates only when there are some
    await screen.findByText('Nessun messaggio nuovo.');
    expect(screen.queryByRole('heading', { name: 'Obblighi e procedimenti' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Certificati' })).not.toBeInTheDocument();
  });

  it('DID active since its date; next appointment tomorrow with Sposta and Annulla; patto to sign → the sign page', async () => {
    answer({ patti: [pattoWith('proposed')], appointments: [APPOINTMENT] });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const did = await card('Disponibilità al lavoro (DID)');
    expect(await within(did).findByText('Attiva dal 2 novembre 2026')).toBeInTheDocument();
    const next = await card('Prossimo appuntamento');
    expect(await within(next).findByText('venerdì 4 dicembre 2026, alle 09:30')).toBeInTheDocument();
    expect(within(next).getByText("Centro per l'Impiego di Torino · In presenza")).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: "Sposta l'appuntamento del venerdì 4 dicembre 2026" })).toHaveAttribute('href', '/appuntamenti/a1/sposta');
    expect(within(next).getByRole('link', { name: "Annulla l'appuntamento del venerdì 4 dicembre 2026" })).toHaveAttribute('href', '/appuntamenti');
    const patto = await card('Patto di servizio');
    expect(await within(patto).findByRole('link', { name: 'Leggi e firma il patto' })).toHaveAttribute('href', '/patto');
  });

  it('patto to sign: "Da firmare entro il …" (the due date the patto module set); past it, "Scaduto il …" as overdue', async () => {
    answer({ patti: [pattoWith('proposed', [], { signatureDueDate: '2026-12-12', signatureOverdue: false })] });
    const inTime = renderWithApp(<SituationCards />, { path: '/profilo' });
    const patto = await card('Patto di servizio');
    expect(await within(patto).findByText('Da firmare entro il 12 dicembre 2026')).not.toHaveClass('app-overdue');
    inTime.unmount();

    answer({ patti: [pattoWith('proposed', [], { signatureDueDate: '2026-12-01', signatureOverdue: true })] });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const late = await card('Patto di servizio');
    expect(await within(late).findByText('Scaduto il 1 dicembre 2026')).toHaveClass('app-overdue');
    expect(within(late).queryByText(/Da firmare entro/)).not.toBeInTheDocument();
    expect(within(late).getByRole('link', { name: 'Leggi e firma il patto' })).toHaveAttribute('href', '/patto');
  });

  it('plan: actions due with the nearest; an overdue one is "Scaduto il …", never "entro"', async () => {
    answer({ patti: [pattoWith('signed', [SIGNATURE])], plan: [planItem('i1', 'Laboratorio CV', '2026-12-01', true), planItem('i2', 'Colloquio', '2026-12-20', false)] });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const plan = await card('Il mio piano');
    expect(await within(plan).findByText('2 azioni da fare')).toBeInTheDocument();
    expect(within(plan).getByText('1 azione scaduta')).toHaveClass('app-overdue');
    expect(within(plan).getByText('Entro il 20 dicembre 2026')).toBeInTheDocument();
  });

  it('an obligation whose window closed: "Scaduto il …" and no "Presenta la giustificazione"', async () => {
    answer({
      cases: [
        {
          id: 'k1',
          state: 'open',
          breachCode: 'appointment_missed',
          benefit: 'naspi',
          occurredOn: '2026-11-10',
          deadline: '2026-11-15',
          windowOpen: false,
          openedAt: '2026-11-10T09:00:00Z',
        },
      ],
    });
    renderWithApp(<SituationCards />, { path: '/profilo' });
    const obligations = await card('Obblighi e procedimenti');
    expect(await within(obligations).findByText('Scaduto il 15 novembre 2026')).toHaveClass('app-overdue');
    expect(within(obligations).queryByRole('link', { name: 'Presenta la giustificazione' })).not.toBeInTheDocument();
    expect(within(obligations).getByRole('link', { name: 'Vedi obblighi e procedimenti' })).toHaveAttribute('href', '/obblighi');
  });
});
