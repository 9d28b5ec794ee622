import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { POLICY_KEY } from './auth/policy.decorator';
import { isUnprefixed } from './http/unprefixed-routes';

/** Deny by default, proven: every route of every controller declares who may call it. */
describe('route policies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function routes(): { route: string; policy: unknown; documented: boolean }[] {
    const out: { route: string; policy: unknown; documented: boolean }[] = [];
    for (const mod of t.app.get(ModulesContainer).values()) {
      for (const wrapper of mod.controllers.values()) {
        const ctrl = wrapper.metatype as (new (...a: unknown[]) => unknown) | null;
        if (!ctrl) continue;
        const base = Reflect.getMetadata(PATH_METADATA, ctrl) as string;
        for (const name of Object.getOwnPropertyNames(ctrl.prototype).filter((n) => n !== 'constructor')) {
          const handler = (ctrl.prototype as Record<string, unknown>)[name];
          if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as number;
          const own = `${base}/${Reflect.getMetadata(PATH_METADATA, handler) as string}`;
          out.push({
            route: `${RequestMethod[method]} ${isUnprefixed(own) ? '' : '/api'}/${own}`.replace(/\/+/g, '/').replace(/\/$/, ''),
            policy: Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, ctrl),
            documented: !Reflect.getMetadata('swagger/apiExcludeEndpoint', handler),
          });
        }
      }
    }
    return out;
  }

  it('finds the routes', () => {
    expect(routes().length).toBeGreaterThanOrEqual(15);
  });

  it('every route declares an access policy', () => {
    const missing = routes()
      .filter((r) => !r.policy)
      .map((r) => r.route);
    expect(missing).toEqual([]);
  });

  it('every documented route is in the OpenAPI document', async () => {
    const doc = (await request(t.app.getHttpServer()).get('/api/openapi.json')).body as { paths: Record<string, unknown> };
    const toOpenApi = (p: string) => p.replace(/:([A-Za-z]+)/g, '{$1}');
    const missing = routes()
      .filter((r) => r.documented)
      .map((r) => toOpenApi(r.route.split(' ')[1] as string))
      .filter((p) => !(p in doc.paths));
    expect(missing).toEqual([]);
  });
});
