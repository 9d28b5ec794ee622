import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { citizenPaths, type DossierTab } from '../citizen-paths';

export interface PersonLinkProps {
  /** the person's name as the list shows it */
  children: ReactNode;
  /** the registry id: a direct link to the dossier */
  citizenId?: string | undefined;
  /** lists that know only the fiscal code (agenda, invitations): the dossier is found by it */
  fiscalCode?: string | undefined;
  /** the dossier tab to open (default: the summary) */
  tab?: DossierTab;
  className?: string;
  /** kept in the history state (e.g. the search to go back to) */
  state?: unknown;
}

/**
 * A person's name as a link to their dossier: the one way every list of the back office names a citizen. Without an
 * id or a fiscal code the name is plain text.
 */
export function PersonLink({ children, citizenId, fiscalCode, tab, className, state }: PersonLinkProps) {
  const to = citizenId ? citizenPaths.dossier(citizenId, tab) : fiscalCode ? citizenPaths.byFiscalCode(fiscalCode, tab) : undefined;
  if (!to) return <span className={className}>{children}</span>;
  return (
    <Link to={to} className={className} state={state}>
      {children}
    </Link>
  );
}
