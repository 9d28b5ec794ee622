/**
 * The browser's entry point of the contracts: request DTOs (class-validator classes, run by the SPAs' form resolver),
 * their enums and limits, validators, error codes and the problem+json shape. Everything here imports only
 * class-validator and class-transformer, so a Vite bundle can take it whole. The SPAs load runtime values from
 * here (`@opencpi/contracts/browser`) and types from `@opencpi/contracts` with `import type`.
 */
export * from './error-codes';
export * from './problem';
export * from './roles';
export * from './locales';
export * from './spid';
export * from './fiscal-code';
export * from './fiscal-code.validator';
export * from './dto/login.query';
export * from './dto/search-citizens.query';
export * from './dto/citizen-id.param';
export * from './dto/agenda.dto';
export * from './dto/notifications.dto';
export * from './dto/notification-preferences.dto';
export * from './dto/patto.dto';
export * from './dto/dossier.dto';
export * from './dto/matching.dto';
export * from './dto/condizionalita.dto';
export * from './validation/int32.validator';
export * from './validation/decimal.validator';
export * from './validation/date.validator';
export * from './validation/all-or-none.validator';
export * from './dto/consent.dto';
export * from './dto/intermediaries.dto';
export * from './validation/partita-iva.validator';
export * from './dto/companies.dto';
export * from './dto/agency-work.dto';
export * from './dto/agency-access.dto';
export * from './dto/contact-requests.dto';
export * from './dto/certificazioni.dto';
export * from './dto/credentials.dto';
export * from './dto/monitoring.dto';
export * from './dto/portability.dto';
export * from './dto/surveys.dto';
export * from './dto/assistance.dto';
export * from './dto/ivc.dto';
export * from './dto/campaigns.dto';
