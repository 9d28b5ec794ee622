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

/** Labels for the access log: known action codes and roles translated, unknown ones shown as sent. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  return {
    /** e.g. `citizen.dossier.read` → "Consultazione del fascicolo"; an unknown code stays as it is */
    action(code: string): string {
      const label: unknown = i18n.getResource(i18n.resolvedLanguage ?? i18n.language, 'operator', `dossier.audit.actions.${code}`);
      return typeof label === 'string' ? label : code;
    },
    role(role: string): string {
      return isRole(role) ? tc(`roles.${role}`) : role;
    },
    outcome(outcome: AuditEventResponse['outcome']): string {
      return t(`dossier.audit.outcome.${outcome}`);
    },
  };
}
