import type { PattoContent } from '../entities/patto-version.entity';
import { diffLines, renderFullText, renderSummary } from './patto-text';

const content: PattoContent = {
  pathway: 1,
  agencyId: null,
  agencyName: null,
  responsibleName: 'Laura Bianchi',
  jobSearchActs: 'Quattro candidature al mese',
  contactFrequencyDays: 30,
  proofOfSearch: 'Registrarle nel piano',
  availability: { workshops: true, training: false, congruousOffers: true },
  profilingIndex: 0.42,
  actions: [{ type: 'job_search_workshop', title: 'Laboratorio CV', provider: 'cpi', dueDate: '2026-12-15' }],
};
const who = { citizenName: 'Mario Rossi', citizenFiscalCode: 'RSSMRA80A01H501U', officeName: 'CPI Torino', version: 1 };

describe('patto text', () => {
  it('states the five mandatory contents and the availabilities', () => {
    const text = renderFullText(content, who);
    for (const head of [
      'a) Responsabile delle attività: Laura Bianchi',
      'b) Profilo personale di occupabilità: Percorso 1',
      'c) Atti di ricerca attiva',
      'd) Frequenza ordinaria dei contatti con il responsabile: ogni 30 giorni',
      'e) Modalità',
    ]) {
      expect(text).toContain(head);
    }
    expect(text).toContain('formazione, riqualificazione o altra attivazione: no');
    expect(text).toContain("Laboratorio CV – a cura di Centro per l'Impiego – entro il 15/12/2026");
  });

  it('summarises in plain words with the next deadlines', () => {
    expect(renderSummary(content, who)).toContain('Prossime scadenze: Laboratorio CV entro il 15/12/2026.');
  });

  it('diffs an amendment line by line', () => {
    const v2 = renderFullText({ ...content, contactFrequencyDays: 15 }, { ...who, version: 2 });
    const d = diffLines(renderFullText(content, who), v2);
    expect(d.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual([
      'PATTO DI SERVIZIO PERSONALIZZATO – versione 1',
      'd) Frequenza ordinaria dei contatti con il responsabile: ogni 30 giorni',
    ]);
    expect(d.filter((l) => l.kind === 'added').map((l) => l.text)).toContain('d) Frequenza ordinaria dei contatti con il responsabile: ogni 15 giorni');
    expect(d.filter((l) => l.kind === 'same').length).toBeGreaterThan(10);
  });
});
