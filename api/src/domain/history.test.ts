import { describe, expect, it } from 'vitest';
import { anonymityPolicy } from './anonymity.ts';
import { overallOver, summarizeCheck, trendsAgainst } from './history.ts';
import type { CastVote, Rating } from './scoring.ts';
import type { Session } from './session.ts';
import { customerObsession } from './templates.ts';

const session: Session = {
  id: 's1',
  tenantId: 't',
  teamId: 'team',
  title: 'Check',
  templateId: 'customer-obsession',
  templateVersion: 1,
  state: 'closed',
  facilitatorKey: 'f',
  createdAt: '2026-11-02T10:00:00.000Z',
  closedAt: '2026-11-02T10:30:00.000Z',
};

function votes(ratings: Record<string, Rating[]>): CastVote[] {
  return Object.entries(ratings).flatMap(([statementId, values]) =>
    values.map((rating, index) => ({ voterKey: `v${index}`, statementId, rating })),
  );
}

describe('check summary', () => {
  it('carries scores, intervals and pillars, and hides what the threshold hides', () => {
    const summary = summarizeCheck(
      session,
      customerObsession,
      votes({ 'direct-dialogue': [3, 4, 4, 4, 5, 5], 'benefit-reviewed': [1, 2] }),
      8,
      anonymityPolicy(),
    );
    expect(summary).toMatchObject({ participants: 8, voters: 6, overall: 79.2 });
    expect(summary.statements[0]).toEqual({
      id: 'direct-dialogue',
      pillarId: 'customer-contact',
      voters: 6,
      score: 79.2,
      interval: { low: 59.4, high: 98.9 },
      distribution: [0, 0, 1, 3, 2],
    });
    expect(summary.statements[2]).toMatchObject({ id: 'benefit-reviewed', voters: 2, score: null, interval: null, distribution: null });
  });

  it('centres the overall interval on the overall score', () => {
    const summary = summarizeCheck(
      session,
      customerObsession,
      votes({ 'direct-dialogue': [5, 5, 4, 4], 'trusted-partnership': [3, 3, 2, 2] }),
      4,
      anonymityPolicy(),
    );
    expect(summary.overall).toBe(62.5);
    expect(summary.overallInterval!.low).toBeLessThan(62.5);
    expect(summary.overallInterval!.high).toBeGreaterThan(62.5);
  });
});

describe('trends between checks', () => {
  it('compare only statements that both checks have', () => {
    const before = summarizeCheck(session, customerObsession, votes({ 'direct-dialogue': [2, 2, 2, 2, 2, 2, 2, 2] }), 8, anonymityPolicy());
    const after = summarizeCheck(session, customerObsession, votes({ 'direct-dialogue': [5, 5, 5, 5, 5, 5, 5, 5] }), 8, anonymityPolicy());
    const trends = trendsAgainst(before, after);
    expect(trends.overall).toBe('up');
    expect(trends.statements['direct-dialogue']).toBe('up');
    expect(trends.statements['trusted-partnership']).toBeNull();
    expect(trendsAgainst(undefined, after)).toEqual({ overall: null, statements: {}, comparedWith: null });
    expect(trends.comparedWith).toEqual({
      sessionId: 's1',
      templateVersion: 1,
      sameStatements: ['direct-dialogue', 'trusted-partnership', 'benefit-reviewed'],
      templateChanged: false,
    });
  });

  it('over a template change, compare the shared statements only, the overall score too', () => {
    // Version 2 drops the weak "benefit-reviewed" and adds "new-statement".
    const version2 = {
      ...customerObsession,
      version: 2,
      statements: [...customerObsession.statements.slice(0, 2), { id: 'new-statement', pillarId: 'customer-trust', text: 'New' }],
    };
    const steady: Record<string, Rating[]> = { 'direct-dialogue': [4, 4, 4, 4, 4, 4], 'trusted-partnership': [4, 4, 4, 4, 4, 4] };
    const before = summarizeCheck(session, customerObsession, votes({ ...steady, 'benefit-reviewed': [1, 1, 1, 1, 1, 1] }), 6, anonymityPolicy());
    const after = summarizeCheck(
      { ...session, id: 's2', templateVersion: 2 },
      version2,
      votes({ ...steady, 'new-statement': [5, 5, 5, 5, 5, 5] }),
      6,
      anonymityPolicy(),
    );
    // Over all statements the overall score jumped from 50 to 83.3; over the shared ones it held.
    const trends = trendsAgainst(before, after);
    expect(trends.overall).toBe('within-noise');
    expect(trends.statements).toEqual({ 'direct-dialogue': 'within-noise', 'trusted-partnership': 'within-noise', 'new-statement': null });
    expect(trends.comparedWith).toEqual({
      sessionId: 's1',
      templateVersion: 1,
      sameStatements: ['direct-dialogue', 'trusted-partnership'],
      templateChanged: true,
    });
  });
});

describe('overall score over some statements', () => {
  it('is the mean of the shown ones, with an interval as wide as their mean half-width', () => {
    const summary = summarizeCheck(
      session,
      customerObsession,
      votes({ 'direct-dialogue': [5, 5, 4, 4], 'trusted-partnership': [3, 3, 2, 2], 'benefit-reviewed': [1] }),
      4,
      anonymityPolicy(),
    );
    const [dialogue, partnership] = summary.statements;
    const halfWidth = ((dialogue!.interval!.high - dialogue!.interval!.low) / 2 + (partnership!.interval!.high - partnership!.interval!.low) / 2) / 2;
    const subset = overallOver(summary, ['direct-dialogue', 'trusted-partnership', 'benefit-reviewed']);
    expect(subset.score).toBe(62.5);
    expect(subset.interval!.low).toBeCloseTo(62.5 - halfWidth, 0);
    expect(overallOver(summary, ['benefit-reviewed'])).toEqual({ score: null, interval: null });
  });
});
