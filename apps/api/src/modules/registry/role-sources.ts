import { Injectable } from '@nestjs/common';
import type { Role } from '@opencpi/contracts';

/** Roles a module grants at sign-in from its own records (e.g. intermediaries: `intermediary_staff`). */
export type RoleSource = (fiscalCode: string) => Promise<Role[]>;

/**
 * The roles that modules depending on the registry (so that it cannot inject them) give from their own tables: each adds
 * its source from its constructor, and RegistryService.rolesOf asks them all. The registry never reads their tables.
 */
@Injectable()
export class RoleSources {
  private readonly sources: RoleSource[] = [];

  add(source: RoleSource): void {
    this.sources.push(source);
  }

  async rolesOf(fiscalCode: string): Promise<Role[]> {
    return (await Promise.all(this.sources.map((s) => s(fiscalCode)))).flat();
  }
}
