import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { controlClass, FieldFrame, useFieldIds } from '../components/field-frame';

/** Where a search stands: nothing typed yet (under 2 characters), waiting for the answer, failed, or answered. */
export type ComboboxStatus = 'idle' | 'searching' | 'failed' | 'done';

export interface ComboboxProps<T> {
  id?: string;
  label: string;
  hint?: string;
  /** the field's error (client check or problem+json pointer): the input is marked invalid */
  error?: string;
  /** the text typed, and its setter */
  text: string;
  onTextChange: (text: string) => void;
  status: ComboboxStatus;
  /** the text the options were found for (announced with their number) */
  query: string;
  options: readonly T[];
  optionKey: (option: T) => string | number;
  /** the option's name, e.g. "Torino (TO)" */
  optionLabel: (option: T) => string;
  /** shown after the name, e.g. the ISCO code */
  optionDetail?: (option: T) => string | undefined;
  onPick: (option: T) => void;
  /** what is chosen so far, e.g. "Comune scelto: Torino" (announced when it changes) */
  chosen?: ReactNode;
  maxLength?: number;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern): the input keeps the focus, ↓/↑ move the
 * active option (aria-activedescendant), Enter or a click picks it, Escape closes the list (a second Escape clears the
 * text). Enter never submits the surrounding form. Picking empties the input for the next search. The number of
 * options, "searching", "no results" and what was chosen are announced in a polite live region.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, hint, error, text, onTextChange, status, query, options, optionKey, optionLabel, optionDetail, onPick, chosen } = props;
  const { t } = useTranslation('common');
  const ids = useFieldIds(props.id, hint ?? t('forms.autocomplete.hint'), error);
  const inputId = ids.inputId;
  const listId = `${inputId}-listbox`;
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const open = status === 'done' && options.length > 0 && !closed;
  const optionId = (i: number) => `${inputId}-option-${i}`;

  const pick = (option: T) => {
    onPick(option);
    onTextChange('');
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const option = open && active >= 0 ? options[active] : undefined;
      if (option !== undefined) pick(option);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (status !== 'done' || options.length === 0) return;
      e.preventDefault();
      setClosed(false);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (open ? (i + step + options.length) % options.length : step > 0 ? 0 : options.length - 1));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) setClosed(true);
      else onTextChange('');
      setActive(-1);
    }
  };

  return (
    <div className="combobox">
      <FieldFrame ids={ids} label={label} hint={hint ?? t('forms.autocomplete.hint')} error={error} className="text-field">
        <input
          ref={props.ref}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={controlClass(error)}
          autoComplete="off"
          spellCheck={false}
          maxLength={props.maxLength ?? 60}
          value={text}
          onChange={(e) => {
            onTextChange(e.target.value);
            setActive(-1);
            setClosed(false);
          }}
          onKeyDown={onKeyDown}
        />
      </FieldFrame>
      <ul id={listId} role="listbox" aria-label={t('forms.autocomplete.suggestions')} className="combobox__listbox" hidden={!open}>
        {open &&
          options.map((option, i) => (
            <li
              key={optionKey(option)}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={['combobox__option', i === active ? 'combobox__option--active' : ''].filter(Boolean).join(' ')}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(option)}
            >
              {optionLabel(option)}
              {optionDetail?.(option) && <span className="combobox__detail"> {optionDetail(option)}</span>}
            </li>
          ))}
      </ul>
      <div className="combobox__status" aria-live="polite">
        {chosen && <p className="fw-semibold mb-1">{chosen}</p>}
        {status === 'searching' && <p className="mb-1">{t('forms.autocomplete.searching')}</p>}
        {status === 'failed' && <p className="mb-1">{t('forms.autocomplete.failed')}</p>}
        {status === 'done' && options.length === 0 && <p className="mb-1">{t('forms.autocomplete.none', { query })}</p>}
        {status === 'done' && options.length > 0 && <p className="visually-hidden">{t('forms.autocomplete.count', { query, count: options.length })}</p>}
      </div>
    </div>
  );
}
