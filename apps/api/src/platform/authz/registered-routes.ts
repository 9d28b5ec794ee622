import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '../auth/policy.decorator';
import { isUnprefixed } from '../http/unprefixed-routes';

export interface RegisteredRoute {
  /** `GET /api/operator/matching/vacancies/:vacancyId` */
  key: string;
  method: string;
  path: string;
  policy: RoutePolicy | undefined;
}

/** Every route of every controller of the running application, read from Nest's metadata (as the router sees them). */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as (new (...a: unknown[]) => unknown) | null;
      if (!ctrl) continue;
      const bases = [Reflect.getMetadata(PATH_METADATA, ctrl) as string | string[]].flat();
      for (const name of Object.getOwnPropertyNames(ctrl.prototype).filter((n) => n !== 'constructor')) {
        const handler = (ctrl.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number] as string;
        const policy = (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, ctrl)) as RoutePolicy | undefined;
        for (const base of bases) {
          for (const sub of [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat()) {
            const own = `${base}/${sub}`.replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
            const path = isUnprefixed(own) ? `/${own}` : `/api/${own}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
            out.push({ key: `${method} ${path}`, method, path, policy });
          }
        }
      }
    }
  }
  return out;
}
