import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface HomeBlockProps {
  title: string;
  /** the reads the block waits for: loading while any is pending, the first error with a retry of all */
  queries: readonly { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }[];
  /** links to the owning page(s) */
  links?: readonly { to: string; label: string }[];
  children: ReactNode;
}

/** One block of the operator home: a titled card that waits for its reads and links to where the work is done. */
export function HomeBlock({ title, queries, links = [], children }: HomeBlockProps) {
  const headingId = useId();
  const failed = queries.find((q) => q.isError);
  return (
    <section className="card card-bg h-100 home-block" aria-labelledby={headingId}>
      <div className="card-body">
        <h2 id={headingId} className="h4 card-title">
          {title}
        </h2>
        {failed ? <ProblemAlert error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} /> : queries.some((q) => q.isPending) ? <Loading /> : children}
        {links.length > 0 && (
          <ul className="list-inline mt-3 mb-0">
            {links.map((l) => (
              <li key={l.to} className="list-inline-item me-3">
                <Link to={l.to}>{l.label}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** "E ancora N altri." under a list cut at `shown` rows. */
export function MoreRows({ total, shown, text }: { total: number; shown: number; text: (count: number) => string }) {
  return total > shown ? <p className="small mt-2 mb-0">{text(total - shown)}</p> : null;
}
