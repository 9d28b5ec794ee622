import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { localeFromAcceptLanguage, DEFAULT_LOCALE, type Locale } from './locale';

/**
 * The language of the texts a route writes for its reader, from Accept-Language (the SPAs send their UI language);
 * Italian without one. For messages sent later, use the person's notification preference (resolveLocale).
 */
export const RequestLocale = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Locale => localeFromAcceptLanguage(ctx.switchToHttp().getRequest<Request>().headers['accept-language']) ?? DEFAULT_LOCALE,
);
