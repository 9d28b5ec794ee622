import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { CitizenConsentController } from './citizen-consent.controller';
import { ConsentQueryService } from './consent-query.service';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';

/** The consent ledger: the person decides which agency sees which part of their data. */
@Module({
  imports: [RegistryModule],
  controllers: [CitizenConsentController],
  providers: [ConsentRepository, ConsentQueryService, ConsentService],
  exports: [ConsentQueryService, ConsentService],
})
export class ConsentModule {}
