/**
 * Parameters of one SQL statement composed by several modules: each module writes the part that touches its
 * own tables (a CTE member, a scalar subquery) and binds its values through `p()`. One statement is one round
 * trip and, outside a transaction, one atomic commit — the booking's hot path is built this way.
 */
export class SqlStatement {
  readonly params: unknown[] = [];

  /** Binds a value and returns its placeholder (`$n`), with a cast when given. */
  p(value: unknown, cast?: string): string {
    this.params.push(value);
    return cast ? `$${this.params.length}::${cast}` : `$${this.params.length}`;
  }
}
