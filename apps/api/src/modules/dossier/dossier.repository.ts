import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentEntity } from './entities/document.entity';
import { DossierMessageEntity } from './entities/dossier-message.entity';

/** Every query of the dossier module (documents' bytes are behind the storage port). */
@Injectable()
export class DossierRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  saveDocument(m: EntityManager, d: Omit<DocumentEntity, 'id' | 'createdAt'>): Promise<DocumentEntity> {
    const docs = m.getRepository(DocumentEntity);
    return docs.save(docs.create(d));
  }
  /** The person's documents, newest first. */
  documentsOf(citizenId: string): Promise<DocumentEntity[]> {
    return this.db.getRepository(DocumentEntity).find({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }
  document(id: string, citizenId: string): Promise<DocumentEntity | null> {
    return this.db.getRepository(DocumentEntity).findOneBy({ id, citizenId });
  }
  async fileNames(ids: string[]): Promise<{ id: string; fileName: string }[]> {
    return (await this.db.query('SELECT id, file_name AS "fileName" FROM dossier.documents WHERE id = ANY($1::uuid[])', [ids])) as { id: string; fileName: string }[];
  }

  /** The person's messages, oldest first. */
  messagesOf(citizenId: string): Promise<DossierMessageEntity[]> {
    return this.db.getRepository(DossierMessageEntity).find({ where: { citizenId }, order: { sentAt: 'ASC' } });
  }
  /** The thread of a company with its CPI's company desk, oldest first. */
  messagesOfCompany(companyId: string): Promise<DossierMessageEntity[]> {
    return this.db.getRepository(DossierMessageEntity).find({ where: { companyId }, order: { sentAt: 'ASC' } });
  }
  saveMessage(
    m: EntityManager,
    msg: (Omit<DossierMessageEntity, 'id' | 'sentAt' | 'readAt' | 'readBy' | 'citizenId' | 'companyId'> & ({ citizenId: string } | { companyId: string })) | DossierMessageEntity,
  ): Promise<DossierMessageEntity> {
    const messages = m.getRepository(DossierMessageEntity);
    return messages.save(messages.create(msg));
  }
  /** One of the person's messages, locked FOR UPDATE in the transaction of `m`. */
  lockMessage(m: EntityManager, id: string, citizenId: string): Promise<DossierMessageEntity | null> {
    return m.getRepository(DossierMessageEntity).findOne({ where: { id, citizenId }, lock: { mode: 'pessimistic_write' } });
  }
  /** One message of a company's thread, locked FOR UPDATE in the transaction of `m`. */
  lockCompanyMessage(m: EntityManager, id: string, companyId: string): Promise<DossierMessageEntity | null> {
    return m.getRepository(DossierMessageEntity).findOne({ where: { id, companyId }, lock: { mode: 'pessimistic_write' } });
  }
}
