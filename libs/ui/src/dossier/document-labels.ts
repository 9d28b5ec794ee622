import { DOCUMENT_TYPES, type DocumentType } from '@opencpi/contracts/browser';
import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** Who can be a message's sender or a document's uploader, as the reserved area names them. */
export type DossierParty = 'citizen' | 'operator' | 'agency' | 'company';
const PARTIES: readonly string[] = ['citizen', 'operator', 'agency', 'company'] satisfies DossierParty[];

export const isDocumentType = (value: string): value is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(value);

/** The reserved area's labels in the current language: document types, parties, file sizes ("120 kB", "1,2 MB"). */
export function useDocumentLabels() {
  const { t, i18n } = useTranslation('common');
  const locale = localeOf(i18n.language);
  const unit = (unit: 'byte' | 'kilobyte' | 'megabyte', value: number, digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  return {
    type: (type: string): string => (isDocumentType(type) ? t(`dossier.documents.types.${type}`) : type),
    party: (role: string): string => (PARTIES.includes(role) ? t(`dossier.roles.${role as DossierParty}`) : role),
    size: (bytes: number): string => {
      if (bytes < 1024) return unit('byte', bytes, 0);
      if (bytes < 1024 * 1024) return unit('kilobyte', bytes / 1024, 0);
      return unit('megabyte', bytes / (1024 * 1024), 1);
    },
  };
}
