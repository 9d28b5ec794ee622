import { useEffect, useRef } from 'react';

export interface AgendaShortcuts {
  /** "/" */
  onSearch: () => void;
  /** ← and → */
  onPrevious: () => void;
  onNext: () => void;
  /** "t" */
  onToday: () => void;
}

/** Typing in a field (or in something editable) is not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * The agenda's keyboard shortcuts on the whole page: "/" focuses the search, ← and → go to the previous and next day
 * or week, "t" back to today. None fires while the user types in a field, nor with Ctrl, Alt or Meta held.
 */
export function useAgendaShortcuts(handlers: AgendaShortcuts): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return;
      const h = ref.current;
      if (e.key === '/') h.onSearch();
      else if (e.key === 'ArrowLeft') h.onPrevious();
      else if (e.key === 'ArrowRight') h.onNext();
      else if (e.key === 't' || e.key === 'T') h.onToday();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
