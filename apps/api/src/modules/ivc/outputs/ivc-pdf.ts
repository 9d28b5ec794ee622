import type { PDFDocument } from 'pdf-lib';
import { PdfFlow } from '../../../platform/pdf/pdf-flow';
import { italianDate } from '../../../platform/time/rome-time';
import { fill, IVC_CATALOGUE, type IvcLocale } from '../i18n/ivc-catalogue';
import type { OutputSnapshot } from './output-snapshot';

/** An unsealed IVC output (documento di trasparenza, di validazione, certificato) from its snapshot. */
export async function renderIvcPdf(s: OutputSnapshot, locale: IvcLocale, issuedOn: string): Promise<PDFDocument> {
  const t = IVC_CATALOGUE[locale];
  const f = await PdfFlow.create({ title: t.title[s.kind], locale, creator: s.issuer });
  const { bold, font } = f;
  const line = f.line.bind(f);
  const heading = f.heading.bind(f);
  const date = (v: string) => (locale === 'it' ? italianDate(v) : v);
  line(s.issuer, bold, 11);
  f.space(8);
  line(t.title[s.kind], bold, 16, 8);
  line(t.intro[s.kind]);
  if (s.qualification.sample) line(t.label.sample, bold, 9);
  heading(t.section.holder);
  line(`${t.label.name}: ${s.holder.name}`);
  line(`${t.label.fiscalCode}: ${s.holder.fiscalCode}`);
  heading(t.section.qualification);
  line(`${t.label.repertoire}: ${t.region[s.qualification.region] ?? s.qualification.region}`);
  line(`${t.label.code}: ${s.qualification.code}`);
  line(`${t.label.title}: ${s.qualification.title}`);
  line(`${t.label.eqf}: ${s.qualification.eqfLevel}`);
  if (s.qualification.adaRefs.length) line(`${t.label.ada}: ${s.qualification.adaRefs.join(', ')}`);
  if (s.guideName) line(`${t.label.guide}: ${s.guideName}`);
  if (s.assessorName) line(`${t.label.assessor}: ${s.assessorName}`);
  if (s.summary) {
    heading(t.section.summary);
    line(s.summary, font, 9, 3);
  }
  if (s.kind === 'transparency') {
    heading(t.section.evidence);
    if (s.evidence.length === 0) line(t.none);
    for (const e of s.evidence) line(`• ${t.evidenceKind[e.kind] ?? e.kind}: ${e.label}`);
  }
  if (s.exam) {
    heading(t.section.exam);
    line(`${t.label.examDate}: ${date(s.exam.date)}`);
    line(`${t.label.commission}: ${s.exam.commissionRef}`);
  }
  heading(s.kind === 'transparency' ? t.section.competences : s.kind === 'validation' ? t.section.validated : t.section.certified);
  if (s.competences.length === 0) line(t.none);
  for (const c of s.competences) line(`• ${c.code} - ${c.title}${c.adaRef ? ` (${c.adaRef})` : ''}`);
  f.space(8);
  line(fill(t.issuedBy, { issuer: s.issuer, date: date(issuedOn) }));
  f.pageNumbers((n, total) => fill(t.page, { n, total }), { rule: true });
  return f.doc;
}
