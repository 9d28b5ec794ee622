export const Role = {
  Citizen: 'citizen',
  Operator: 'operator',
  CpiManager: 'cpi_manager',
  RegionAdmin: 'region_admin',
  AgencyStaff: 'agency_staff',
  Employer: 'employer',
  /** an operator of a registered intermediary (patronato, CAF, municipality) acting for people who delegated them */
  IntermediaryStaff: 'intermediary_staff',
  /** an assessor appointed for validation of competences (IVC, D.Lgs. 13/2013): given by the ivc module from its own table */
  IvcAssessor: 'ivc_assessor',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Roles that work in the back office and are scoped to CPI offices or a whole region. */
export const OFFICE_ROLES: readonly Role[] = [Role.Operator, Role.CpiManager, Role.RegionAdmin];
