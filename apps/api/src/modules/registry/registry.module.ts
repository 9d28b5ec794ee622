import { Module } from '@nestjs/common';
import { CitizenRegistryController } from './citizen-registry.controller';
import { CitizenCompaniesController } from './companies/citizen-companies.controller';
import { CompaniesRepository } from './companies/companies.repository';
import { CompaniesService } from './companies/companies.service';
import { EmployerCompaniesController } from './companies/employer-companies.controller';
import { OperatorCompaniesController } from './companies/operator-companies.controller';
import { OperatorRegistryController } from './operator-registry.controller';
import { RegistryRepository } from './registry.repository';
import { RegistryService } from './registry.service';
import { RoleSources } from './role-sources';

@Module({
  controllers: [CitizenRegistryController, OperatorRegistryController, CitizenCompaniesController, EmployerCompaniesController, OperatorCompaniesController],
  providers: [RegistryRepository, RegistryService, CompaniesRepository, CompaniesService, RoleSources],
  exports: [RegistryService, CompaniesService, RoleSources],
})
export class RegistryModule {}
