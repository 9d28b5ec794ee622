import { PdfFlow } from '../../../platform/pdf/pdf-flow';
import { fill, localDate, type CondLocale } from '../i18n/condizionalita-catalogue';
import { letterCatalogue } from '../i18n/condizionalita-letter-catalogue';

/** What the letter says, as data (every sentence comes from the catalogue in `locale`). */
export interface MeasureLetter {
  locale: CondLocale;
  officeName: string;
  person: { name: string; fiscalCode: string };
  benefit: string;
  benefitId: string;
  breachCode: string;
  occurredOn: string;
  deadline: string;
  justification: { at: string; reasonCode: string; text: string } | null;
  decision: { reasonText: string | null; decidedOn: string; decidedBy: string; confirmedBy: string | null };
  measure: { id: string; ruleCode: string; version: string; step: number; sanction: string; legalSource: string; verified: boolean };
  reversal: { measureId: string; reference: string; date: string } | null;
}

/** The measure letter (facts, rule, legal source, decision, appeal route: art. 21 c.12, 30 days) as a PDF in the person's language. */
export async function renderMeasureLetter(l: MeasureLetter): Promise<Buffer> {
  const t = letterCatalogue(l.locale);
  const c = t.letter;
  const d = (date: string) => localDate(date, l.locale);
  const f = await PdfFlow.create({ title: c.title, locale: l.locale, creator: l.officeName, subject: `measure ${l.measure.id}` }, { bottom: 60 });
  const { font, bold } = f;
  // lines 1.4 × the size apart, `gap` more below the paragraph
  const write = (text: string, face = font, size = 10, gap = 0) => {
    f.line(text, face, size, 0, { leading: 1.4 });
    f.space(gap);
  };
  const breach = fill(t.breach[l.breachCode] ?? l.breachCode, { date: d(l.occurredOn) });
  const sanction = t.sanction[l.measure.sanction] ?? l.measure.sanction;
  write(c.title, bold, 15, 6);
  write(fill(c.office, { office: l.officeName }));
  write(fill(c.to, { name: l.person.name, fiscalCode: l.person.fiscalCode }));
  write(fill(c.benefit, { benefit: t.benefit[l.benefit] ?? l.benefit, benefitId: l.benefitId }), font, 10, 10);
  if (l.reversal) write(fill(c.reversal, { measureId: l.reversal.measureId, reference: l.reversal.reference, date: d(l.reversal.date) }), bold, 11, 10);
  write(c.facts, bold, 12, 2);
  write(fill(c.factsText, { breach, deadline: d(l.deadline) }));
  write(
    l.justification
      ? fill(c.justification, { at: l.justification.at, reason: t.reason[l.justification.reasonCode] ?? l.justification.reasonCode, text: l.justification.text })
      : c.noJustification,
  );
  if (l.decision.reasonText) write(fill(c.reasons, { text: l.decision.reasonText }));
  f.space(8);
  write(c.rule, bold, 12, 2);
  write(fill(c.ruleText, { ruleCode: l.measure.ruleCode, version: l.measure.version, step: l.measure.step, sanction }));
  write(fill(c.source, { source: l.measure.legalSource, unverified: l.measure.verified ? '' : c.unverified }));
  write(fill(c.decision, { decidedOn: d(l.decision.decidedOn), decidedBy: l.decision.decidedBy, confirmedBy: l.decision.confirmedBy ?? '-' }));
  write(c.inps, font, 10, 8);
  write(c.appealTitle, bold, 12, 2);
  write(t.appeal);
  return Buffer.from(await f.doc.save());
}
