import type { ServiceTypeResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The service to start with: the one asked for, else the first that has a free time, else the first. */
export function defaultService(services: readonly ServiceTypeResponse[], asked?: string): string {
  return services.find((s) => s.code === asked)?.code ?? services.find((s) => s.nextFreeAt)?.code ?? services[0]?.code ?? '';
}

/** "Primo orario libero: …" (or "nessun orario libero") under a service's select, when the office's availability is known. */
export function useNextFreeHint(): (services: readonly ServiceTypeResponse[], code: string) => string | undefined {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  return (services, code) => {
    const s = services.find((x) => x.code === code);
    if (!s || !services.some((x) => x.nextFreeAt !== undefined)) return undefined;
    return s.nextFreeAt ? t('agendaGrid.defaults.nextFree', { date: f.dateTime(s.nextFreeAt) }) : t('agendaGrid.defaults.noneFree');
  };
}
