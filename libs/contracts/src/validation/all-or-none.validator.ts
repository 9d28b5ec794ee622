import { IsDefined, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * One of a group of optional fields that go together (all or none): when any of `group` is present, this one is
 * required and validated too, and the error names the missing field. Use instead of `@IsOptional()`.
 */
export function OptionalTogether(group: readonly string[], validation: ValidationOptions = {}): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    ValidateIf((o: Record<string, unknown>) => group.some((k) => o[k] !== undefined), validation)(target, key);
    IsDefined({ message: `${group.join(', ')} go together: give all of them or none`, ...validation })(target, key);
  };
}
