import { describe, expect, it } from 'vitest';
import { canClose, canVote, closeSession, type Session } from './session.ts';

const openSession: Session = {
  id: 's1',
  tenantId: 't1',
  teamId: 'team',
  title: 'Check',
  templateId: 'customer-obsession',
  state: 'open',
  facilitatorKey: 'facilitator',
  createdAt: '2026-11-23T10:00:00.000Z',
};

describe('session states', () => {
  it('accept votes while open and refuse them once closed', () => {
    expect(canVote(openSession)).toBeNull();
    expect(canVote(closeSession(openSession, new Date()))).toEqual({ kind: 'session-closed' });
  });

  it('let only the facilitator close a check', () => {
    expect(canClose(openSession, 'someone-else')).toEqual({ kind: 'not-facilitator' });
    expect(canClose(openSession, 'facilitator')).toBeNull();
  });

  it('cannot close a check twice', () => {
    const closed = closeSession(openSession, new Date('2026-11-23T11:00:00.000Z'));
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).toBe('2026-11-23T11:00:00.000Z');
    expect(canClose(closed, 'facilitator')).toEqual({ kind: 'session-closed' });
  });
});
