import type { LabelledIdResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';

/**
 * The values chosen with an autocomplete (occupations, skills), each with its "Rimuovi" button, named
 * "Rimuovi <valore>". After a removal focus goes to the next button (or the previous one).
 */
export function ChosenList({ items, empty, onRemove }: { items: readonly LabelledIdResponse[]; empty: string; onRemove: (id: number) => void }) {
  const { t } = useTranslation('citizen');
  if (items.length === 0) return <p className="chosen-list__empty">{empty}</p>;
  return (
    <ul className="chosen-list">
      {items.map((item) => (
        <li key={item.id} className="chosen-list__item">
          <span className="chosen-list__label">{item.label}</span>
          <button
            type="button"
            className="btn btn-outline-secondary btn-sm chosen-list__remove"
            aria-label={t('matching.autocomplete.remove', { label: item.label })}
            onClick={(e) => {
              const li = e.currentTarget.closest('li');
              const list = li?.parentElement;
              const siblings = list ? Array.from(list.querySelectorAll<HTMLButtonElement>('button')) : [];
              const index = siblings.indexOf(e.currentTarget);
              onRemove(item.id);
              // the removed button goes away: keep keyboard users in the list
              setTimeout(() => {
                const remaining = list ? Array.from(list.querySelectorAll<HTMLButtonElement>('button')) : [];
                (remaining[index] ?? remaining[index - 1])?.focus();
              }, 0);
            }}
          >
            {t('matching.autocomplete.removeShort')}
          </button>
        </li>
      ))}
    </ul>
  );
}
