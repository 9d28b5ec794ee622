import type { IvcOutputKind } from '../i18n/ivc-catalogue';

/** What an output prints, taken when it is issued and kept with it (the PDF is rendered from this). */
export interface OutputSnapshot {
  kind: IvcOutputKind;
  issuer: string;
  holder: { name: string; fiscalCode: string };
  qualification: { region: string; code: string; title: string; eqfLevel: number; adaRefs: string[]; sample: boolean };
  guideName: string | null;
  assessorName: string | null;
  summary: string | null;
  evidence: { kind: string; label: string }[];
  competences: { code: string; title: string; adaRef: string | null }[];
  exam: { date: string; commissionRef: string } | null;
}
