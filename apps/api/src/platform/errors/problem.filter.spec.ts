import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { DomainError } from './domain-error';
import { ProblemFilter } from './problem.filter';
import { toFieldErrors } from './validation';

function run(exception: unknown) {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => {
      sent.headers[k] = v;
    },
    status(s: number) {
      sent.status = s;
      return this;
    },
    type(t: string) {
      sent.type = t;
      return this;
    },
    send(b: string) {
      sent.body = b;
      return this;
    },
  };
  const req = { headers: { 'x-correlation-id': 'corr-id-12345' }, method: 'GET', path: '/api/x' };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new ProblemFilter().catch(exception, host);
  return { ...sent, json: JSON.parse(sent.body ?? '{}') };
}

describe('ProblemFilter', () => {
  it('writes a domain error with its mapped status and code', () => {
    const out = run(new DomainError(ErrorCode.CITIZEN_NOT_FOUND, 'nobody'));
    expect(out.status).toBe(404);
    expect(out.type).toBe('application/problem+json');
    expect(out.json).toMatchObject({ code: 'CITIZEN_NOT_FOUND', status: 404, detail: 'nobody', correlationId: 'corr-id-12345', title: 'Citizen not found' });
    expect(out.json.type).toMatch(/citizen-not-found$/);
  });

  it('hides unknown errors behind a 500 with the correlation id and no stack trace', () => {
    const out = run(new Error('secret internals at /srv/app.js:42'));
    expect(out.status).toBe(500);
    expect(out.json.code).toBe('INTERNAL_ERROR');
    expect(out.body).not.toContain('secret internals');
    expect(out.json.detail).toContain('corr-id-12345');
  });

  it('maps framework HTTP errors to stable codes', () => {
    expect(run(new NotFoundException()).json.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('toFieldErrors', () => {
  it('builds JSON pointers for nested and array fields, escaping / and ~', () => {
    const errors = toFieldErrors([
      { property: 'address', children: [{ property: 'postalCode', constraints: { matches: 'bad CAP' }, children: [] }] },
      { property: 'items', children: [{ property: '0', children: [{ property: 'date', constraints: { isDate: 'bad date' }, children: [] }] }] },
      { property: 'a/b~c', constraints: { isString: 'no' }, children: [] },
    ]);
    expect(errors).toEqual([
      { pointer: '/address/postalCode', detail: 'bad CAP', constraint: 'matches' },
      { pointer: '/items/0/date', detail: 'bad date', constraint: 'isDate' },
      { pointer: '/a~1b~0c', detail: 'no', constraint: 'isString' },
    ]);
  });
});
