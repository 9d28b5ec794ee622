export const Role = {
  Citizen: 'citizen',
  Operator: 'operator',
  CpiManager: 'cpi_manager',
  RegionAdmin: 'region_admin',
  AgencyStaff: 'agency_staff',
  Employer: 'employer',
  /** an operator of a registered intermediary (patronato, CAF, municipality) acting for people who delegated them */
  IntermediaryStaff: 'intermediary_staff',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Roles that work in the back office and are scoped to CPI offices or a whole region. */
export const OFFICE_ROLES: readonly Role[] = [Role.Operator, Role.CpiManager, Role.RegionAdmin];
