import type { AuditEventResponse, Role } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';

const KNOWN_ROLES: Record<Role, true> = {
  citizen: true,
  operator: true,
  cpi_manager: true,
  region_admin: true,
  agency_staff: true,
  employer: true,
  intermediary_staff: true,
  ivc_assessor: true,
};
const isRole = (role: string): role is Role => Object.hasOwn(KNOWN_ROLES, role);

/** An action in words: the sentence of its code, or (a code this build does not know) a generic one naming its area. */
export interface AuditActionText {
  text: string;
  /** true when `text` is the generic sentence: the code is shown beside it, never alone */
  generic: boolean;
}

/**
 * Labels for the access log: each action code as a sentence (`operator` catalogue, `audit.actions`, a flat map whose
 * keys are the dotted codes, so it is read as an object rather than through i18next's dotted keys), roles and outcomes.
 */
export function useAuditLabels() {
  const { t, i18n } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const table = (key: 'actions' | 'areas'): Record<string, unknown> => {
    const of = (lng: string) => i18n.getResource(lng, 'operator', `audit.${key}`) as Record<string, unknown> | undefined;
    return of(i18n.resolvedLanguage ?? i18n.language) ?? of('it') ?? {};
  };
  return {
    /** e.g. `dossier.document.uploaded` → "Documento caricato"; `foo.bar` → "Attività registrata" */
    action(code: string): AuditActionText {
      const label = table('actions')[code];
      if (typeof label === 'string') return { text: label, generic: false };
      const area = table('areas')[code.split('.')[0] ?? ''];
      return { text: typeof area === 'string' ? t('audit.genericInArea', { area }) : t('audit.generic'), generic: true };
    },
    role(role: string): string {
      return isRole(role) ? tc(`roles.${role}`) : role;
    },
    outcome(outcome: AuditEventResponse['outcome']): string {
      return t(`dossier.audit.outcome.${outcome}`);
    },
  };
}
