import type { CertificateKind } from '@opencpi/contracts';
import type { LabelKey, SectionKey } from '../i18n/certificazioni-catalogue';

/** One printed row: a catalogue label and a value (dates YYYY-MM-DD, codes translated when `code` is set). */
export interface SnapshotRow {
  label: LabelKey;
  value: string;
  /** the value is a code of the catalogue's `value` table */
  code?: boolean;
}
export interface SnapshotSection {
  key: SectionKey;
  rows: SnapshotRow[];
  /** free text printed as is (the patto's text of record) */
  text?: string;
}
/** The data a certificate speaks of, as taken at issue time; what the PDF prints and the verification page shows. */
export interface CertificateSnapshot {
  kind: CertificateKind;
  holder: { name: string; fiscalCode: string };
  issuer: string;
  atDate?: string;
  sections: SnapshotSection[];
}
