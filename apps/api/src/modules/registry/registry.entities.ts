import { AgencyStaffEntity } from './entities/agency-staff.entity';
import { AgencyEntity } from './entities/agency.entity';
import { CitizenEntity } from './entities/citizen.entity';
import { CompanySiteEntity } from './entities/company-site.entity';
import { CompanyUserEntity } from './entities/company-user.entity';
import { CompanyEntity } from './entities/company.entity';
import { OfficeComuneEntity } from './entities/office-comune.entity';
import { OfficeEntity } from './entities/office.entity';
import { RegionEntity } from './entities/region.entity';
import { StaffOfficeEntity } from './entities/staff-office.entity';
import { StaffEntity } from './entities/staff.entity';

/**
 * The registry module's entities (schema `registry`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const REGISTRY_ENTITIES = [
  RegionEntity,
  OfficeEntity,
  OfficeComuneEntity,
  StaffEntity,
  StaffOfficeEntity,
  AgencyEntity,
  AgencyStaffEntity,
  CompanyEntity,
  CompanyUserEntity,
  CompanySiteEntity,
  CitizenEntity,
];
