import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useDerivationText, usePattoSummary, useTimelineText } from './coded-texts';
import { allResources } from './testing';
import { createI18n } from './create-i18n';

function wrapperIn(language: 'it' | 'en') {
  // English given up front: the SPAs load it as a chunk when the person picks it
  const i18n = createI18n('citizen', { resources: allResources });
  void i18n.changeLanguage(language);
  return ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

describe('texts the API sends as codes', () => {
  it('renders timeline entries from the catalogue in the reader language, and the API summary for an unknown kind', () => {
    const en = renderHook(() => useTimelineText(), { wrapper: wrapperIn('en') }).result.current;
    expect(en({ kind: 'patto.proposed', summary: 'Patto di servizio proposto (versione 2)', params: { version: 2 } })).toBe('Service agreement proposed (version 2)');
    expect(en({ kind: 'plan.action', summary: 'x', params: { title: 'Corso', status: 'not_done' } })).toBe('Agreement action not done: Corso');
    expect(en({ kind: 'message.sent', summary: 'Messaggio da Luca Verdi', params: { senderName: 'Luca Verdi' } })).toBe('Message from Luca Verdi');
    expect(en({ kind: 'appointment.booked', summary: 'x', params: { serviceEn: 'Orientation', date: '2026-03-29', time: '09:30', status: 'absent' } })).toMatch(
      /^Appointment "Orientation" on .*2026.* at 09:30 \(absent\)$/,
    );
    expect(en({ kind: 'something.new', summary: 'Qualcosa di nuovo' })).toBe('Qualcosa di nuovo');
    const it = renderHook(() => useTimelineText(), { wrapper: wrapperIn('it') }).result.current;
    expect(it({ kind: 'plan.activity', summary: 'x', params: { title: 'Candidatura' } })).toBe('Attività registrata: Candidatura');
  });

  it('says "done by X for Y" for what an intermediary did under a delegation, in both languages', () => {
    const params = { delegateName: 'Rosa Esposito', organisationName: 'Patronato Lavoro Sicuro' };
    const en = renderHook(() => useTimelineText(), { wrapper: wrapperIn('en') }).result.current;
    expect(en({ kind: 'intermediary.appointment_booked', summary: 'x', params })).toBe('Appointment booked for you by Rosa Esposito (Patronato Lavoro Sicuro)');
    expect(en({ kind: 'delegation.revoked', summary: 'x', params: { organisationName: 'CAF Nord' } })).toBe('Delegation to CAF Nord revoked');
    const it = renderHook(() => useTimelineText(), { wrapper: wrapperIn('it') }).result.current;
    expect(it({ kind: 'intermediary.document_uploaded', summary: 'x', params })).toBe('Documento caricato per te da Rosa Esposito (Patronato Lavoro Sicuro)');
  });

  it('renders the steps of the employment status with dates in the reader format', () => {
    const en = renderHook(() => useDerivationText(), { wrapper: wrapperIn('en') }).result.current;
    const step = en({ code: 'did_revoked', params: { date: '2026-03-01' }, fact: 'DID revocata il 2026-03-01', rule: 'Con la revoca…' });
    expect(step.rule).toBe('Revoking the DID ends the unemployment status');
    expect(step.fact).toMatch(/^DID revoked on .*2026/);
    expect(step.fact).not.toContain('2026-03-01');
    expect(en({ fact: 'Fatto', rule: 'Regola' })).toEqual({ fact: 'Fatto', rule: 'Regola' });
  });

  it('writes "In breve" of a patto from its content', () => {
    const en = renderHook(() => usePattoSummary(), { wrapper: wrapperIn('en') }).result.current;
    const text = en(
      {
        pathway: 1,
        responsibleName: 'Luca Verdi',
        contactFrequencyDays: 30,
        jobSearchActs: 'Quattro candidature',
        proofOfSearch: 'Nel piano',
        actions: [
          { title: 'B', dueDate: '2027-02-01' },
          { title: 'A', dueDate: '2027-01-15' },
        ],
      },
      'CPI Torino',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Your contact person at CPI Torino is Luca Verdi: you will be in touch every 30 days.');
    expect(lines[1]).toBe('Your pathway: Pathway 1 – Back to work.');
    expect(lines[4]).toMatch(/^Next deadlines: A by .*; B by .*\.$/);
  });
});
