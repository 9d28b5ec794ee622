import { Module } from '@nestjs/common';
import { Env } from '../../config/env';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegistryModule } from '../registry/registry.module';
import { DiskDocumentStorage } from './adapters/disk-document-storage';
import { PostgresDocumentStorage } from './adapters/postgres-document-storage';
import { CitizenDossierController } from './citizen-dossier.controller';
import { EmployerCompanyMessagesController, OperatorCompanyMessagesController } from './company-thread/company-messages.controllers';
import { CompanyMessagesService } from './company-thread/company-messages.service';
import { DossierRepository } from './dossier.repository';
import { DossierService } from './dossier.service';
import { OperatorDossierController } from './operator-dossier.controller';
import { DOCUMENT_STORAGE } from './ports/document-storage.port';
import { InboxRepository } from './inbox/inbox.repository';
import { InboxService } from './inbox/inbox.service';
import { OperatorInboxController } from './inbox/operator-inbox.controller';

@Module({
  imports: [RegistryModule, NotificationsModule],
  controllers: [CitizenDossierController, OperatorDossierController, EmployerCompanyMessagesController, OperatorCompanyMessagesController, OperatorInboxController],
  providers: [
    DossierRepository,
    DossierService,
    CompanyMessagesService,
    InboxRepository,
    InboxService,
    {
      provide: DOCUMENT_STORAGE,
      inject: [Env],
      useFactory: (env: Env) => (env.DOCUMENT_STORAGE === 'disk' ? new DiskDocumentStorage(env.DOCUMENT_STORAGE_DIR) : new PostgresDocumentStorage()),
    },
  ],
  exports: [DossierService],
})
export class DossierModule {}
