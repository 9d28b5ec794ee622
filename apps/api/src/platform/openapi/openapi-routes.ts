import type { INestApplication } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { HTTP_CODE_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '../auth/policy.decorator';

type Ctor = new (...args: unknown[]) => unknown;

/** What the code says about one route: read from Nest's own metadata, so the document cannot disagree with it. */
export interface RouteFacts {
  module: string;
  policy: RoutePolicy | undefined;
  /** @HttpCode, if any */
  httpCode: number | undefined;
  /** the handler writes the answer itself (@Res()): redirects, files, pages */
  ownResponse: boolean;
  /** @Param()/@Query()/@Body() whole-object DTO classes, and single @Param('name') arguments */
  paramDto: Ctor | undefined;
  queryDto: Ctor | undefined;
  bodyDto: Ctor | undefined;
  namedParams: { name: string; type: unknown }[];
  namedQueries: { name: string; type: unknown }[];
  /** @ApiProduces media types (files, pages, metadata) */
  produces: string[];
}

const isDtoClass = (t: unknown): t is Ctor => typeof t === 'function' && ![String, Number, Boolean, Object, Array].includes(t as never);

/** Facts per operationId (`Controller_method`, @nestjs/swagger's default operation ids). */
export function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const out = new Map<string, RouteFacts>();
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as Ctor | null;
      if (!ctrl) continue;
      for (const name of Object.getOwnPropertyNames(ctrl.prototype).filter((n) => n !== 'constructor')) {
        const handler = (ctrl.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', ctrl.prototype, name) ?? []) as unknown[];
        const facts: RouteFacts = {
          module: mod.metatype?.name ?? '',
          policy: (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, ctrl)) as RoutePolicy | undefined,
          httpCode: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined,
          ownResponse: false,
          paramDto: undefined,
          queryDto: undefined,
          bodyDto: undefined,
          namedParams: [],
          namedQueries: [],
          produces: (Reflect.getMetadata('swagger/apiProduces', handler) ?? Reflect.getMetadata('swagger/apiProduces', ctrl) ?? []) as string[],
        };
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          const named = typeof arg.data === 'string' ? arg.data : undefined;
          if (kind === RouteParamtypes.RESPONSE) facts.ownResponse = !(arg.data as { passthrough?: boolean } | undefined)?.passthrough;
          else if (kind === RouteParamtypes.PARAM) {
            if (named) facts.namedParams.push({ name: named, type });
            else if (isDtoClass(type)) facts.paramDto = type;
          } else if (kind === RouteParamtypes.QUERY) {
            if (named) facts.namedQueries.push({ name: named, type });
            else if (isDtoClass(type)) facts.queryDto = type;
          } else if (kind === RouteParamtypes.BODY && !named && isDtoClass(type)) facts.bodyDto = type;
        }
        out.set(`${ctrl.name}_${name}`, facts);
      }
    }
  }
  return out;
}
