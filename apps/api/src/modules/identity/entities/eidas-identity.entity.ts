import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person who logged in with eIDAS (through FICEP). The eIDAS minimum data set has no codice fiscale, and
 * the CPI registry is keyed by it; so the eIDAS PersonIdentifier is linked to a registered person by a CPI
 * operator who has identified them (document + codice fiscale). Until then the login is refused with a
 * courtesy page, and this row records who tried.
 */
@Entity({ schema: 'identity', name: 'eidas_identities' })
export class EidasIdentityEntity {
  /** eIDAS unique identifier `<issuing country>/<receiving country>/<id>`, e.g. `DE/IT/1234abcd` */
  @PrimaryColumn({ type: 'varchar', length: 256 }) personIdentifier!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'date', nullable: true }) birthDate!: string | null;
  /** the registered person this identity logs in as; null until an operator links it */
  @Index() @Column({ type: 'char', length: 16, nullable: true }) fiscalCode!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) firstLoginAt!: Date;
  @Column({ type: 'timestamptz' }) lastLoginAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) linkedAt!: Date | null;
  /** fiscal code of the operator who linked it */
  @Column({ type: 'char', length: 16, nullable: true }) linkedBy!: string | null;
}
