import { describeJobError } from './job-queue';

describe('job queue error log', () => {
  it('is one line with the message and the SQL state, never the database client the error carries', () => {
    const client = { connectionParameters: { password: 'postgres' }, _ending: true, stream: { readable: false } };
    const e = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', client });
    const line = describeJobError(e);
    expect(line).toBe('terminating connection due to administrator command (code 57P01)');
    expect(describeJobError({ message: 'boom', queue: 'agenda.invitations.sweep', worker: 'w1', client })).toBe('boom (queue agenda.invitations.sweep, worker w1)');
    expect(describeJobError('plain')).toBe('plain');
  });
});
