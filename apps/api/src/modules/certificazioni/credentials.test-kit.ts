import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role } from '@opencpi/contracts';
import type { RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from '../registry/registry.service';
import { CredentialsService, type IssueOpenBadgeInput, type IssuedCredential } from './credentials/credentials.service';

/*
 * The credentials' helpers for tests (this module's and others'): issue an Open Badge through CredentialsService, as
 * another module (ivc) does, with a request context of an office's operator.
 */

/** A request context of a staff member (audit needs a principal; the route policy is the caller module's business). */
export function staffContext(fiscalCode: string, roles: Role[] = [Role.Operator]): RequestContext {
  const principal = {
    sessionId: randomUUID(),
    fiscalCode,
    givenName: 'Test',
    familyName: 'Operator',
    roles,
    spidLevel: 2,
    kind: 'spid',
    app: 'operator',
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    csrfToken: 'test',
  } as unknown as RequestContext['principal'];
  return { principal, ip: '127.0.0.1', userAgent: 'test-kit', correlationId: randomUUID() };
}

/** Issues a badge for the seeded citizen `fiscalCode`, on behalf of `by` (an operator's fiscal code). */
export async function issueTestBadge(app: INestApplication, fiscalCode: string, by: string, over: Partial<IssueOpenBadgeInput> = {}): Promise<IssuedCredential> {
  const person = await app.get(RegistryService).citizenRef(fiscalCode);
  if (!person) throw new Error(`no citizen ${fiscalCode}`);
  return app.get(CredentialsService).issueOpenBadge(
    {
      citizenId: person.id,
      source: { kind: 'test', id: randomUUID() },
      achievement: {
        name: 'Gestione del magazzino',
        description: 'Competenza validata: gestire le scorte e le movimentazioni di magazzino.',
        criteriaNarrative: 'Validazione delle competenze (D.Lgs. 13/2013): esame del dossier delle evidenze da parte di un valutatore.',
        alignments: [
          { targetName: 'Addetto alla logistica', targetUrl: 'https://example.org/repertorio/qualificazioni/1', targetCode: 'Q-1', targetFramework: 'Repertorio (esempio)' },
        ],
      },
      ...over,
    },
    staffContext(by),
  );
}
