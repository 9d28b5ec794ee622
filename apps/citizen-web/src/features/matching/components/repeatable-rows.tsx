import { useEffect, useRef, type ReactNode } from 'react';

export interface RepeatableRowsProps<R extends { key: number }> {
  /** said when there are no rows yet */
  empty: string;
  rows: readonly R[];
  /** the legend of a row's fieldset, e.g. "Esperienza 2"; without it a row is a plain block (its fields carry the number) */
  rowLegend?: (n: number) => string;
  /** e.g. "Aggiungi un'esperienza" */
  addLabel: string;
  /** e.g. "Rimuovi esperienza 2" (a distinct name per row) */
  removeLabel: (n: number) => string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** the fields of one row */
  children: (row: R, index: number) => ReactNode;
}

/**
 * Repeatable rows of the profile form (experiences, study titles, languages), under the section's own heading:
 * each row with its "Rimuovi … N", then "Aggiungi …". After adding, focus goes to the first field of the new row;
 * after removing, to the add button.
 */
export function RepeatableRows<R extends { key: number }>({ empty, rows, rowLegend, addLabel, removeLabel, onAdd, onRemove, children }: RepeatableRowsProps<R>) {
  const container = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<number | 'add' | undefined>(undefined);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (target === undefined) return;
    if (target === 'add') addButton.current?.focus();
    else container.current?.querySelector<HTMLElement>(`[data-row="${target}"] :is(input, select, textarea)`)?.focus();
  }, [rows.length]);

  const remove = (index: number, n: number) => (
    <button
      type="button"
      className="btn btn-outline-danger btn-sm repeat-row__remove"
      onClick={() => {
        focusAfter.current = 'add';
        onRemove(index);
      }}
    >
      {removeLabel(n)}
    </button>
  );

  return (
    <>
      <div ref={container}>
        {rows.length === 0 ? (
          <p>{empty}</p>
        ) : (
          rows.map((row, index) =>
            rowLegend ? (
              <fieldset key={row.key} className="repeat-row" data-row={index}>
                <legend>{rowLegend(index + 1)}</legend>
                <div className="repeat-row__fields">{children(row, index)}</div>
                {remove(index, index + 1)}
              </fieldset>
            ) : (
              <div key={row.key} className="repeat-row" data-row={index}>
                <div className="repeat-row__fields">{children(row, index)}</div>
                {remove(index, index + 1)}
              </div>
            ),
          )
        )}
      </div>
      <button
        ref={addButton}
        type="button"
        className="btn btn-outline-primary"
        onClick={() => {
          focusAfter.current = rows.length;
          onAdd();
        }}
      >
        {addLabel}
      </button>
    </>
  );
}
