import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConditionalityCaseListQuery, ConfirmDecisionBody, DecideCaseBody, ReverseMeasureBody, SubmitJustificationBody } from './condizionalita.dto';

const fields = <T extends object>(cls: new () => T, plain: object): string[] =>
  validateSync(plainToInstance(cls, plain) as object)
    .map((e) => e.property)
    .sort();

describe('condizionalità request DTOs', () => {
  it('a justification needs a reason of the ministry list, a text, and at most five own document ids', () => {
    expect(fields(SubmitJustificationBody, { reasonCode: 'illness_injury', text: 'Ricoverato in ospedale, allego certificato.' })).toEqual([]);
    expect(fields(SubmitJustificationBody, { reasonCode: 'tired', text: 'short' })).toEqual(['reasonCode', 'text']);
    const six = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    expect(fields(SubmitJustificationBody, { reasonCode: 'force_majeure', text: 'Sciopero dei trasporti.', documentIds: six })).toEqual(['documentIds']);
  });

  it('a decision: justified needs a coded reason, not justified a written one', () => {
    expect(fields(DecideCaseBody, { outcome: 'justified', reasonCode: 'pregnancy' })).toEqual([]);
    expect(fields(DecideCaseBody, { outcome: 'justified' })).toEqual(['reasonCode']);
    expect(fields(DecideCaseBody, { outcome: 'not_justified' })).toEqual(['reasonText']);
    expect(fields(DecideCaseBody, { outcome: 'not_justified', reasonText: 'Nessuna giustificazione pervenuta.' })).toEqual([]);
    expect(fields(DecideCaseBody, { outcome: 'maybe' })).toEqual(['outcome']);
  });

  it('a confirmation may be returned only with a note; a reversal names the appeal and its date', () => {
    expect(fields(ConfirmDecisionBody, { outcome: 'confirmed' })).toEqual([]);
    expect(fields(ConfirmDecisionBody, { outcome: 'returned' })).toEqual(['note']);
    expect(fields(ReverseMeasureBody, { appealReference: 'ANPAL-1', upheldOn: '2026-02-30', reasonText: 'Ricorso accolto.' })).toEqual(['upheldOn']);
  });

  it('the worklist query: known states and benefits, bounded pages', () => {
    expect(fields(ConditionalityCaseListQuery, { state: 'open', benefit: 'NASPI', sort: '-deadline', limit: '50', offset: '0' })).toEqual([]);
    expect(fields(ConditionalityCaseListQuery, { state: 'closed', benefit: 'CIG', limit: '500' })).toEqual(['benefit', 'limit', 'state']);
  });
});
