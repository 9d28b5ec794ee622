import type { DocumentType } from '@opencpi/contracts';
import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The types a citizen can upload (contracts' DOCUMENT_TYPES without `patto_scan`, which only the CPI uploads). */
export const UPLOADABLE_TYPES = ['identity', 'cv', 'certificate', 'proof', 'other'] as const satisfies readonly DocumentType[];
const DOCUMENT_TYPES = [...UPLOADABLE_TYPES, 'patto_scan'] as const satisfies readonly DocumentType[];
export const isUploadableType = (value: string): value is (typeof UPLOADABLE_TYPES)[number] => (UPLOADABLE_TYPES as readonly string[]).includes(value);
const isDocumentType = (value: string): value is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(value);

/** Labels of the reserved area: document types and file sizes ("120 kB", "1,2 MB") in the current language. */
export function useDossierLabels() {
  const { t, i18n } = useTranslation('citizen');
  const locale = localeOf(i18n.language);
  return {
    type: (type: string): string => (isDocumentType(type) ? t(`dossier.documents.types.${type}`) : type),
    size: (bytes: number): string => {
      if (bytes < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
      if (bytes < 1024 * 1024) {
        return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(bytes / 1024);
      }
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
    },
  };
}
