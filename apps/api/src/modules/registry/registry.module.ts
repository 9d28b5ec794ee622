import { Module } from '@nestjs/common';
import { CitizenRegistryController } from './citizen-registry.controller';
import { OperatorRegistryController } from './operator-registry.controller';
import { RegistryRepository } from './registry.repository';
import { RegistryService } from './registry.service';

@Module({
  controllers: [CitizenRegistryController, OperatorRegistryController],
  providers: [RegistryRepository, RegistryService],
  exports: [RegistryService],
})
export class RegistryModule {}
