import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface RepeatableGroupProps<R extends { key: number }> {
  /** the h3 of the group, e.g. "Titoli di studio" */
  title: string;
  /** said when there are no rows yet */
  empty: string;
  rows: readonly R[];
  /** the legend of one row, e.g. "Titolo di studio 2" */
  rowLegend: (n: number) => string;
  /** e.g. "Aggiungi un titolo di studio" */
  addLabel: string;
  /** e.g. "Rimuovi titolo 2" (a distinct name per row) */
  removeLabel: (n: number) => string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** the fields of one row */
  children: (row: R, index: number) => ReactNode;
}

/**
 * A repeatable group of the DID form: each row a fieldset with its legend and "Rimuovi … N", then "Aggiungi …".
 * After adding, focus goes to the first field of the new row; after removing, back to the add button.
 */
export function RepeatableGroup<R extends { key: number }>({
  title, empty, rows, rowLegend, addLabel, removeLabel, onAdd, onRemove, children,
}: RepeatableGroupProps<R>) {
  const headingId = useId();
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

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {title}
      </h3>
      <div ref={container}>
        {rows.length === 0 ? (
          <p>{empty}</p>
        ) : (
          rows.map((row, index) => (
            <fieldset key={row.key} className="repeat-row" data-row={index}>
              <legend>{rowLegend(index + 1)}</legend>
              <div className="repeat-row__fields">{children(row, index)}</div>
              <button
                type="button"
                className="btn btn-outline-danger btn-sm repeat-row__remove"
                onClick={() => {
                  focusAfter.current = 'add';
                  onRemove(index);
                }}
              >
                {removeLabel(index + 1)}
              </button>
            </fieldset>
          ))
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
    </section>
  );
}
