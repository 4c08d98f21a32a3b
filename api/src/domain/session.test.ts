import { describe, expect, it } from 'vitest';
import {
  acceptHandover,
  contributionRefusal,
  closeSession,
  isRevealed,
  offerHandover,
  revealResults,
  startTimer,
  stopTimer,
  type Actor,
  type Session,
  type SessionChange,
} from './session.ts';

const facilitator: Actor = { facilitatorKey: 'f-ava', participantKey: 'p-ava', name: 'Ava' };
const ben: Actor = { facilitatorKey: 'f-ben', participantKey: 'p-ben', name: 'Ben' };
const now = new Date('2026-11-23T10:05:00.000Z');

const openSession: Session = {
  id: 's1',
  tenantId: 't1',
  teamId: 'team',
  title: 'Check',
  templateId: 'customer-obsession',
  templateVersion: 1,
  state: 'open',
  facilitatorKey: facilitator.facilitatorKey,
  facilitatorName: 'Ava',
  createdAt: '2026-11-23T10:00:00.000Z',
};

function sessionOf(result: SessionChange): Session {
  if ('violation' in result) throw new Error(`unexpected violation ${result.violation.kind}`);
  return result.session;
}

describe('session rules', () => {
  it('accept votes while open and refuse them once closed', () => {
    expect(contributionRefusal(openSession)).toBeNull();
    expect(contributionRefusal(sessionOf(closeSession(openSession, facilitator, now)))).toEqual({ kind: 'session-closed' });
  });

  it('let only the facilitator reveal, time, hand over and close', () => {
    for (const attempt of [
      revealResults(openSession, ben, now),
      startTimer(openSession, ben, 300, now),
      stopTimer(openSession, ben),
      offerHandover(openSession, ben, { participantKey: 'p-chen', name: 'Chen' }),
      closeSession(openSession, ben, now),
    ]) {
      expect(attempt).toEqual({ violation: { kind: 'not-facilitator' } });
    }
  });

  it('reveal once: a second reveal is refused', () => {
    const revealed = sessionOf(revealResults(openSession, facilitator, now));
    expect(isRevealed(revealed)).toBe(true);
    expect(revealResults(revealed, facilitator, now)).toEqual({ violation: { kind: 'already-revealed' } });
  });

  it('run a timer that ends the given seconds from now, and stop it', () => {
    const timed = sessionOf(startTimer(openSession, facilitator, 300, now));
    expect(timed.timer).toEqual({ endsAt: '2026-11-23T10:10:00.000Z', durationSeconds: 300 });
    expect(sessionOf(stopTimer(timed, facilitator)).timer).toBeUndefined();
  });

  it('hand the facilitator role over only to the person it was offered to', () => {
    const offered = sessionOf(offerHandover(openSession, facilitator, { participantKey: ben.participantKey, name: 'Ben' }));
    const chen: Actor = { facilitatorKey: 'f-chen', participantKey: 'p-chen', name: 'Chen' };
    expect(acceptHandover(offered, chen)).toEqual({ violation: { kind: 'not-offered' } });
    const handedOver = sessionOf(acceptHandover(offered, ben));
    expect(handedOver).toMatchObject({ facilitatorKey: 'f-ben', facilitatorName: 'Ben' });
    expect(handedOver.handover).toBeUndefined();
    expect(revealResults(handedOver, facilitator, now)).toEqual({ violation: { kind: 'not-facilitator' } });
  });

  it('refuse a hand-over to oneself', () => {
    expect(offerHandover(openSession, facilitator, { participantKey: 'p-ava', name: 'Ava' })).toEqual({
      violation: { kind: 'handover-to-self' },
    });
  });

  it('close once, reveal on close, and end any timer', () => {
    const timed = sessionOf(startTimer(openSession, facilitator, 300, now));
    const closed = sessionOf(closeSession(timed, facilitator, now));
    expect(closed).toMatchObject({ state: 'closed', closedAt: now.toISOString(), revealedAt: now.toISOString() });
    expect(closed.timer).toBeUndefined();
    expect(closeSession(closed, facilitator, now)).toEqual({ violation: { kind: 'session-closed' } });
  });
});
