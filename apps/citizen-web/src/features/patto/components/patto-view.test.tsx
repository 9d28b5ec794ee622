import type { PattoResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CITIZEN_SIGNATURE, pattoOf, pattoVersion, pattoWith } from '../patto.test-kit';
import { PattoView } from './patto-view';

const show = (patto: object) => renderWithApp(<PattoView patto={patto as PattoResponse} />);

/** The patto page says by when the patto is to be signed, as the patto module reports it (patto-state.ts). */
describe('the patto page: the due date for signing', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('to sign: "Da firmare entro il …" above the text and the signature section', async () => {
    show(pattoWith('proposed', [], { signatureDueDate: '2026-12-12', signatureOverdue: false }));
    expect(await screen.findByText('Da firmare entro il 12 dicembre 2026')).not.toHaveClass('app-overdue');
    expect(screen.getByRole('heading', { name: 'Firma il patto' })).toBeInTheDocument();
  });

  it('past the due date: "Scaduto il …" as overdue, and the person can still sign', async () => {
    show(pattoWith('proposed', [], { signatureDueDate: '2026-12-01', signatureOverdue: true }));
    expect(await screen.findByText('Scaduto il 1 dicembre 2026')).toHaveClass('app-overdue');
    expect(screen.getByRole('heading', { name: 'Firma il patto' })).toBeInTheDocument();
  });

  it('signed by the person, or in force: no due date for them', async () => {
    const waiting = show(pattoWith('proposed', [CITIZEN_SIGNATURE], { signatureDueDate: '2026-12-12' }));
    expect(await screen.findByText(/Hai firmato/)).toBeInTheDocument();
    expect(screen.queryByText(/Da firmare entro/)).not.toBeInTheDocument();
    waiting.unmount();
    show(pattoOf([pattoVersion(1, 'signed', [CITIZEN_SIGNATURE])], { status: 'signed' }));
    expect(await screen.findByText('Firmato')).toBeInTheDocument();
    expect(screen.queryByText(/Da firmare entro|Scaduto il/)).not.toBeInTheDocument();
  });
});
