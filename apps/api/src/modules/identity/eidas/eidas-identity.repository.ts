import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const rowsOf = (res: unknown): unknown[] => (Array.isArray(res) && Array.isArray(res[0]) ? (res[0] as unknown[]) : (res as unknown[]));

@Injectable()
export class EidasIdentityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records an eIDAS login (the names as the foreign eID gives them); returns the linked fiscal code, if any. */
  async recordLogin(d: { personIdentifier: string; givenName: string; familyName: string; birthDate: string | null }): Promise<string | null> {
    const [row] = (await this.db.query(
      `INSERT INTO identity.eidas_identities AS e (person_identifier, given_name, family_name, birth_date, last_login_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (person_identifier) DO UPDATE SET given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name,
         birth_date = COALESCE(EXCLUDED.birth_date, e.birth_date), last_login_at = now()
       RETURNING fiscal_code AS "fiscalCode"`,
      [d.personIdentifier, d.givenName, d.familyName, d.birthDate],
    )) as { fiscalCode: string | null }[];
    return row?.fiscalCode ?? null;
  }

  /** Links a known eIDAS identity to a registered person; null when nobody ever logged in with that identifier. */
  async link(personIdentifier: string, fiscalCode: string, linkedBy: string): Promise<{ givenName: string; familyName: string; linkedAt: Date } | null> {
    const res: unknown = await this.db.query(
      `UPDATE identity.eidas_identities SET fiscal_code = $2, linked_at = now(), linked_by = $3
        WHERE person_identifier = $1
        RETURNING given_name AS "givenName", family_name AS "familyName", linked_at AS "linkedAt"`,
      [personIdentifier, fiscalCode, linkedBy],
    );
    const [row] = rowsOf(res) as { givenName: string; familyName: string; linkedAt: Date }[];
    return row ?? null;
  }
}
