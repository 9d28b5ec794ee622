import type { paths } from './generated/openapi';

/*
 * Several contracts DTOs declare a field as `string` or `number` beside the `@IsIn(...)` that the API enforces and that
 * the OpenAPI document shows as an enum (e.g. `@IsIn(CEFR_LEVELS) level!: string`). Where the SPAs hand such a DTO to
 * the client, the body is checked against the document with only the enums withEnums: a renamed, removed or newly
 * required field still breaks the compile; a value outside an enum is refused by the API (400 VALIDATION_FAILED).
 */

/** `T` with each literal union (an enum: `'A1' | 'B2'`, `1 | 2 | 3`) withEnums to its primitive. */
export type WidenEnums<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends Blob
        ? T
        : T extends readonly (infer U)[]
          ? WidenEnums<U>[]
          : T extends object
            ? { [K in keyof T]: WidenEnums<T[K]> }
            : T;

type Operation<P extends keyof paths, M extends string> = M extends keyof paths[P] ? paths[P][M] : never;

/** The JSON request body of an operation of the document. */
export type ApiJsonBody<P extends keyof paths, M extends 'post' | 'put' | 'patch'> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters of a GET operation of the document. */
export type ApiQuery<P extends keyof paths> = Operation<P, 'get'> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * A value whose enums are declared wider (a contracts DTO, or an answer the document types as a plain integer) taken as
 * `T`, given explicitly; everything else about its shape must match:
 *
 *     body: withEnums<ApiJsonBody<'/api/citizen/matching/profile', 'put'>>(body)
 */
export const withEnums = <T>(value: WidenEnums<T>): T => value as T;
