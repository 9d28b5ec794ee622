import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { useFieldError } from './field-messages';

export interface RepeatableRowsProps {
  /** the array field, e.g. `languages` */
  name: string;
  /** the section's heading */
  title: ReactNode;
  /** the legend of row `i` (e.g. "Lingua richiesta 1") */
  rowLegend: (index: number) => string;
  /** the fields of row `i`, named `${name}.${i}.<field>` */
  renderRow: (index: number) => ReactNode;
  /** a new, empty row; none: rows are added from elsewhere (e.g. picked in an autocomplete) */
  newRow?: () => FieldValues;
  addLabel?: string;
  removeLabel: (index: number) => string;
  empty: ReactNode;
  /** the most rows the DTO takes: the add button is disabled past it */
  max?: number;
  /** above the rows, e.g. the autocomplete that adds them */
  header?: ReactNode;
  headingLevel?: 2 | 3;
}

/**
 * A list of rows of fields (languages, jobs, skills…) on react-hook-form's useFieldArray: one fieldset per row with
 * its legend and remove button, the array's own error (e.g. too many rows) under the heading. Focus goes to the new
 * row's first field after "add", and to the add button (or the section) after "remove".
 */
export function RepeatableRows({ name, title, rowLegend, renderRow, newRow, addLabel, removeLabel, empty, max, header, headingLevel = 3 }: RepeatableRowsProps) {
  const id = useId();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const error = useFieldError(name);
  const section = useRef<HTMLElement>(null);
  const focusRow = useRef<number | 'add' | undefined>(undefined);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    const target = focusRow.current;
    focusRow.current = undefined;
    if (target === undefined) return;
    const root = section.current;
    if (target === 'add') (root?.querySelector<HTMLElement>(`#${CSS.escape(id)}-add`) ?? root)?.focus();
    else root?.querySelectorAll<HTMLElement>('.repeat-row')[target]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [fields.length, id]);

  return (
    <section ref={section} className="form-section repeatable-rows" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <Heading id={`${id}-title`} className="h4">
        {title}
      </Heading>
      {header}
      {error && (
        <p className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
      {fields.length === 0 ? <p>{empty}</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="repeat-row">
          <legend>{rowLegend(i)}</legend>
          <div className="repeat-row__fields">{renderRow(i)}</div>
          <button
            type="button"
            className="btn btn-outline-danger btn-sm repeat-row__remove"
            onClick={() => {
              focusRow.current = 'add';
              remove(i);
            }}
          >
            {removeLabel(i)}
          </button>
        </fieldset>
      ))}
      {newRow && addLabel && (
        <button
          id={`${id}-add`}
          type="button"
          className="btn btn-outline-primary"
          disabled={max !== undefined && fields.length >= max}
          onClick={() => {
            focusRow.current = fields.length;
            append(newRow());
          }}
        >
          {addLabel}
        </button>
      )}
    </section>
  );
}
