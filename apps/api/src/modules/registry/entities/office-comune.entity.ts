import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';

/** Which CPI is competent for a comune (a citizen's CPI follows from their domicile). */
@Entity({ schema: 'registry', name: 'office_comuni' })
export class OfficeComuneEntity {
  @PrimaryColumn({ type: 'char', length: 6 }) comuneIstat!: string;
  @Column({ type: 'varchar', length: 100 }) comuneName!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' }) office?: OfficeEntity;
}
