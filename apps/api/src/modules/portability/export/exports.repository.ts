import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { DossierExportEntity } from '../entities/dossier-export.entity';

/** An export without its bundle's bytes (lists, polling). */
export type ExportRow = Omit<DossierExportEntity, 'bundle'>;
const COLUMNS: (keyof DossierExportEntity)[] = [
  'id',
  'citizenId',
  'fiscalCode',
  'locale',
  'status',
  'stepsDone',
  'stepsTotal',
  'currentStep',
  'errorCode',
  'requestedAt',
  'readyAt',
  'expiresAt',
  'bundleSha256',
  'bundleSize',
  'origin',
];

/** Every query of the exports. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insert(m: EntityManager, e: Pick<DossierExportEntity, 'citizenId' | 'fiscalCode' | 'locale' | 'stepsTotal' | 'origin'>): Promise<DossierExportEntity> {
    const repo = m.getRepository(DossierExportEntity);
    return repo.save(repo.create({ ...e, status: 'queued', stepsDone: 0 }));
  }

  /** The person's export still being prepared, locked (one at a time per person). */
  pendingOf(m: EntityManager, citizenId: string): Promise<DossierExportEntity | null> {
    return m.getRepository(DossierExportEntity).findOne({ where: { citizenId, status: In(['queued', 'running']) }, lock: { mode: 'pessimistic_write' } });
  }

  ofCitizen(citizenId: string): Promise<ExportRow[]> {
    return this.db.getRepository(DossierExportEntity).find({ select: COLUMNS, where: { citizenId }, order: { requestedAt: 'DESC' }, take: 20 });
  }

  byId(id: string): Promise<ExportRow | null> {
    return this.db.getRepository(DossierExportEntity).findOne({ select: COLUMNS, where: { id } });
  }

  async bundleOf(id: string): Promise<Buffer | null> {
    return (await this.db.getRepository(DossierExportEntity).findOne({ select: ['id', 'bundle'], where: { id } }))?.bundle ?? null;
  }

  async progress(id: string, stepsDone: number, currentStep: string): Promise<void> {
    await this.db.getRepository(DossierExportEntity).update({ id }, { status: 'running', stepsDone, currentStep });
  }

  async ready(id: string, bundle: Buffer, sha256: string, readyAt: Date, expiresAt: Date): Promise<void> {
    await this.db
      .getRepository(DossierExportEntity)
      .update({ id }, { status: 'ready', bundle, bundleSha256: sha256, bundleSize: bundle.length, readyAt, expiresAt, currentStep: null, stepsDone: () => 'steps_total' });
  }

  async failed(id: string, errorCode: string): Promise<void> {
    await this.db.getRepository(DossierExportEntity).update({ id }, { status: 'failed', errorCode: errorCode.slice(0, 60), currentStep: null });
  }

  /** Deletes the bundles whose time is up (the rows stay, `expired`); returns how many. */
  async purge(now: Date): Promise<number> {
    const r = await this.db
      .getRepository(DossierExportEntity)
      .update({ status: 'ready', expiresAt: LessThanOrEqual(now) }, { status: 'expired', bundle: null, bundleSha256: null, bundleSize: null });
    return r.affected ?? 0;
  }
}
