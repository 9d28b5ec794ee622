import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataListItem {
  label: string;
  value: ReactNode;
}

/**
 * A description list (`<dl>`): label above value on phones and, unless `stacked`, side by side on larger screens
 * (use `stacked` in narrow places such as cards).
 */
export function DataList({ items, className, stacked = false }: { items: readonly DataListItem[]; className?: string; stacked?: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className={['data-list', stacked ? 'data-list--stacked' : '', className].filter(Boolean).join(' ')}>
      {items.map((item) => (
        <div className="data-list__row" key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value ?? <span className="text-secondary">{t('notAvailable')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
