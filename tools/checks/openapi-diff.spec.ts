import { breakingChanges, type OpenApiDocument, type Schema } from '../openapi/openapi-diff';

/** The diff logic of the breaking-change check (tools/checks/openapi-breaking.spec.ts) on small fixture documents. */

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });

/** A released document: one GET answering a list of appointments, one POST taking a body, one path-level parameter. */
function released(): OpenApiDocument & Schema {
  return {
    openapi: '3.1.0',
    paths: {
      '/api/appointments': {
        get: {
          parameters: [
            { name: 'officeId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' } },
            { name: 'days', in: 'query', required: false, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 62 } },
          ],
          responses: { '200': json({ $ref: '#/components/schemas/AppointmentListResponse' }), '401': { description: 'no session' } },
        },
        post: {
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/BookBody' }) },
          responses: { '201': json({ $ref: '#/components/schemas/AppointmentResponse' }) },
        },
      },
      '/api/appointments/{appointmentId}/ics': {
        get: {
          parameters: [{ name: 'appointmentId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { content: { 'text/calendar': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      schemas: {
        AppointmentListResponse: {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/AppointmentResponse' } } },
        },
        AppointmentResponse: {
          type: 'object',
          required: ['id', 'status', 'startsAt'],
          properties: {
            id: { type: 'string' },
            status: { type: 'string', enum: ['booked', 'cancelled', 'attended'] },
            startsAt: { type: 'string', format: 'date-time' },
            note: { type: 'string' },
            officeName: { type: ['string', 'null'] },
          },
        },
        BookBody: {
          type: 'object',
          required: ['slotId'],
          properties: {
            slotId: { type: 'string', format: 'uuid' },
            channel: { type: 'string', enum: ['in_person', 'video', 'phone'] },
            reason: { type: 'string', maxLength: 500 },
          },
        },
      },
    },
  };
}

type Doc = ReturnType<typeof released>;
const schemas = (d: Doc) => (d.components?.schemas ?? {}) as Record<string, { properties: Record<string, Schema>; required: string[] }>;
const changed = (edit: (d: Doc) => void) => {
  const after = structuredClone(released());
  edit(after);
  return breakingChanges(released(), after).map((c) => c.id);
};

describe('breaking changes between two OpenAPI documents', () => {
  it('finds none between a document and itself', () => {
    expect(breakingChanges(released(), released())).toEqual([]);
  });

  it('reports a removed path and a removed operation', () => {
    expect(changed((d) => delete d.paths?.['/api/appointments/{appointmentId}/ics'])).toEqual(['/api/appointments/{appointmentId}/ics: path removed']);
    expect(changed((d) => delete d.paths?.['/api/appointments']?.['post'])).toEqual(['POST /api/appointments: operation removed']);
  });

  it('reports a removed response field once, under its schema, and a field that is no longer always there', () => {
    expect(changed((d) => delete schemas(d)['AppointmentResponse']?.properties['note'])).toEqual(['schema AppointmentResponse (response) /note: property removed']);
    expect(changed((d) => schemas(d)['AppointmentResponse']?.required.pop())).toEqual(['schema AppointmentResponse (response) /startsAt: no longer required']);
  });

  it('reports a removed enum value, in a response and in a request', () => {
    expect(
      changed((d) => {
        (schemas(d)['AppointmentResponse']?.properties['status'] as Schema)['enum'] = ['booked', 'cancelled'];
      }),
    ).toEqual(['schema AppointmentResponse (response) /status: enum value "attended" removed']);
    expect(
      changed((d) => {
        (schemas(d)['BookBody']?.properties['channel'] as Schema)['enum'] = ['in_person', 'phone'];
      }),
    ).toEqual(['schema BookBody (request) /channel: enum value "video" removed']);
  });

  it('reports a narrowed type: string → enum, a new required request field, optional → required, null removed, tighter bounds', () => {
    expect(
      changed((d) => {
        (schemas(d)['BookBody']?.properties['reason'] as Schema)['enum'] = ['illness', 'work'];
      }),
    ).toEqual(['schema BookBody (request) /reason: narrowed to enum "illness" | "work"']);
    expect(
      changed((d) => {
        const body = schemas(d)['BookBody'];
        if (body) {
          body.properties['phone'] = { type: 'string' };
          body.required.push('phone', 'channel');
        }
      }),
    ).toEqual(['schema BookBody (request) /channel: made required', 'schema BookBody (request) /phone: required property added']);
    expect(
      changed((d) => {
        (schemas(d)['AppointmentResponse']?.properties['officeName'] as Schema)['type'] = 'string';
      }),
    ).toEqual(['schema AppointmentResponse (response) /officeName: null removed']);
    expect(
      changed((d) => {
        (schemas(d)['BookBody']?.properties['reason'] as Schema)['maxLength'] = 200;
      }),
    ).toEqual(['schema BookBody (request) /reason: maxLength lowered to 200']);
  });

  it('reports a parameter made required, a new required parameter and a changed success status', () => {
    expect(
      changed((d) => {
        const get = d.paths?.['/api/appointments']?.['get'] as { parameters: Schema[] };
        (get.parameters[0] as Schema)['required'] = true;
        get.parameters.push({ name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } });
      }),
    ).toEqual(['GET /api/appointments: query officeId parameter made required', 'GET /api/appointments: required query from parameter added']);
    expect(
      changed((d) => {
        const post = d.paths?.['/api/appointments']?.['post'] as { responses: Record<string, unknown> };
        post.responses = { '200': post.responses['201'] };
      }),
    ).toEqual(['POST /api/appointments: response 201 removed']);
  });

  it('reports a response type that admits more (null added, enum dropped) but not a request type that does', () => {
    expect(
      changed((d) => {
        (schemas(d)['AppointmentResponse']?.properties['note'] as Schema)['type'] = ['string', 'null'];
        delete (schemas(d)['AppointmentResponse']?.properties['status'] as Schema)['enum'];
        (schemas(d)['BookBody']?.properties['slotId'] as Schema)['type'] = ['string', 'null'];
        delete (schemas(d)['BookBody']?.properties['channel'] as Schema)['enum'];
      }),
    ).toEqual([
      'schema AppointmentResponse (response) /note: null added',
      'schema AppointmentResponse (response) /status: enum "booked" | "cancelled" | "attended" dropped (any value may come)',
    ]);
  });

  it('does not report additions: a new path, operation, optional parameter, optional request field, response field or enum value', () => {
    expect(
      changed((d) => {
        if (d.paths) d.paths['/api/offices'] = { get: { responses: { '200': json({ type: 'object' }) } } };
        const ics = d.paths?.['/api/appointments/{appointmentId}/ics'] as Record<string, unknown>;
        ics['delete'] = { responses: { '204': { description: 'gone' } } };
        (d.paths?.['/api/appointments']?.['get'] as { parameters: Schema[] }).parameters.push({ name: 'q', in: 'query', required: false, schema: { type: 'string' } });
        const body = schemas(d)['BookBody'];
        if (body) body.properties['note'] = { type: 'string', maxLength: 200 };
        const appointment = schemas(d)['AppointmentResponse'];
        if (appointment) {
          appointment.properties['videoUrl'] = { type: 'string', format: 'uri' };
          appointment.required.push('videoUrl');
          (appointment.properties['status'] as Schema)['enum'] = ['booked', 'cancelled', 'attended', 'absent'];
        }
        (schemas(d)['BookBody']?.properties['reason'] as Schema)['maxLength'] = 1000;
      }),
    ).toEqual([]);
  });

  it('follows a $ref renamed to another component and compares the two structurally', () => {
    expect(
      changed((d) => {
        const all = schemas(d) as Record<string, unknown>;
        all['AppointmentView'] = structuredClone(all['AppointmentResponse']);
        delete (all['AppointmentView'] as { properties: Record<string, unknown> }).properties['note'];
        delete all['AppointmentResponse'];
        (all['AppointmentListResponse'] as { properties: { items: { items: Schema } } }).properties.items.items = { $ref: '#/components/schemas/AppointmentView' };
        const post = d.paths?.['/api/appointments']?.['post'] as { responses: Record<string, unknown> };
        post.responses = { '201': json({ $ref: '#/components/schemas/AppointmentView' }) };
      }),
    ).toEqual(['schema AppointmentResponse → AppointmentView (response) /note: property removed']);
  });
});
