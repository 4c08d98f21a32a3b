/**
 * Living registers: the facilitator turns answers into register entries or merges them into
 * existing ones, the team updates them, and the next check opens by reviewing the active ones.
 * Entries never carry who wrote an answer; their history names who changed them.
 */
import { describe, expect, it } from 'vitest';
import { meetingOfThree as meeting, participant, teamOf, tenantB, type Participant as Person } from '../support/apiClient.ts';

/** A revealed check of the team with one answer per text, facilitated by `facilitator`. */
async function revealedCheck(facilitator: Person, teamId: string, answerer: Person, texts: string[], questionId = 'trust-risks') {
  const { body: session } = await facilitator.createSession({ teamId });
  const answerIds: string[] = [];
  for (const text of texts) answerIds.push((await answerer.answer(session.id, { questionId, text })).body.id);
  await facilitator.reveal(session.id);
  const { body: review } = await facilitator.review(session.id);
  return { sessionId: session.id as string, answerIds, reviewIds: (review.registerReview as { id: string }[]).map((e) => e.id) };
}

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('register entries from answers', () => {
  it('turn a revealed answer into an entry that names its creator but never the answer’s author', async () => {
    const { ava, ben, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'Outage notices come late' });
    const create = { answerId: answer.id, register: 'trust-risks', severity: 'high' };
    const early = await ava.createRegisterEntry(sessionId, create);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Reveal the results/);

    await ava.reveal(sessionId);
    expect((await ben.createRegisterEntry(sessionId, create)).status).toBe(403);
    expect((await ava.createRegisterEntry(sessionId, { ...create, answerId: crypto.randomUUID() })).status).toBe(404);

    const created = await ava.createRegisterEntry(sessionId, create);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      teamId,
      register: 'trust-risks',
      title: 'Outage notices come late',
      severity: 'high',
      status: 'open',
      sourceSessionId: sessionId,
      notes: [{ answerId: answer.id, text: 'Outage notices come late', questionId: 'trust-risks', sessionId }],
      history: [{ kind: 'created', by: 'Ava Organizer', sessionId }],
    });
    expect(created.body.owner).toBeUndefined();
    const stored = JSON.stringify((await ben.teamRegisters(teamId)).body);
    expect(stored).toContain(created.body.id);
    for (const body of [JSON.stringify(created.body), stored]) {
      expect(body).not.toContain(ben.user.userId);
      expect(body).not.toContain('Ben Participant');
    }
  });

  it('take a title, owner and the register’s own fields', async () => {
    const { ava, ben, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'customer-channels', text: 'We met Contoso at the fair' });
    await ava.reveal(sessionId);
    const created = await ava.createRegisterEntry(sessionId, {
      answerId: answer.id,
      register: 'customer-channels',
      title: 'Trade fair',
      customer: 'Contoso',
      lastContactDate: '2026-11-02',
      owner: 'Ben',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Trade fair', customer: 'Contoso', lastContactDate: '2026-11-02', owner: 'Ben' });
    expect(created.body.notes[0].text).toBe('We met Contoso at the fair');
  });

  it.each([
    ['decisions-to-revisit', { severity: 'low' }, 'severity'],
    ['trust-risks', { customer: 'Contoso' }, 'customer'],
    ['unclear-benefit', { lastContactDate: '2026-11-02' }, 'lastContactDate'],
    ['trust-risks', { severity: 'critical' }, 'severity'],
    ['no-such-register', {}, 'register'],
  ])('refuse a %s entry with %j with 400 naming "%s"', async (register, fields, field) => {
    const { ava, ben, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'x' });
    await ava.reveal(sessionId);
    const response = await ava.createRegisterEntry(sessionId, { answerId: answer.id, register, ...fields });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('merge further answers as notes, the same answer once', async () => {
    const { ava, ben, chen, teamId, sessionId } = await meeting();
    const { body: first } = await ben.answer(sessionId, { questionId: 'unclear-benefit', text: 'Why the new export?' });
    const { body: second } = await chen.answer(sessionId, { questionId: 'decisions-to-revisit', text: 'Nobody asked for the export' });
    await ava.reveal(sessionId);
    const { body: entry } = await ava.createRegisterEntry(sessionId, { answerId: first.id, register: 'unclear-benefit' });

    expect((await ben.mergeIntoRegisterEntry(sessionId, entry.id, second.id)).status).toBe(403);
    expect((await ava.mergeIntoRegisterEntry(sessionId, entry.id, crypto.randomUUID())).status).toBe(404);
    expect((await ava.mergeIntoRegisterEntry(sessionId, crypto.randomUUID(), second.id)).status).toBe(404);

    const merged = await ava.mergeIntoRegisterEntry(sessionId, entry.id, second.id);
    expect(merged.status).toBe(200);
    expect(merged.body.notes.map((note: { text: string }) => note.text)).toEqual(['Why the new export?', 'Nobody asked for the export']);
    expect(merged.body.notes[1]).toMatchObject({ answerId: second.id, questionId: 'decisions-to-revisit', sessionId });
    const again = await ava.mergeIntoRegisterEntry(sessionId, entry.id, second.id);
    expect(again.status).toBe(200);
    expect(again.body.notes).toHaveLength(2);
    expect(again.body.history.map((change: { kind: string }) => change.kind)).toEqual(['created', 'merged']);
    expect(again.body.history[1]).toMatchObject({ by: 'Ava Organizer', sessionId });

    // An entry of another team is not found from this check, even with a valid answer.
    const otherTeam = `other-${teamId}`;
    await teamOf(otherTeam, ava, ben);
    const other = await revealedCheck(ava, otherTeam, ben, ['Elsewhere']);
    const { body: foreign } = await ava.createRegisterEntry(other.sessionId, { answerId: other.answerIds[0], register: 'trust-risks' });
    expect((await ava.mergeIntoRegisterEntry(sessionId, foreign.id, second.id)).status).toBe(404);
  });

  it('change status and fields by anyone of the tenant, with who changed what in the history', async () => {
    const { ava, ben, chen, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'Refunds take weeks' });
    await ava.reveal(sessionId);
    const { body: entry } = await ava.createRegisterEntry(sessionId, { answerId: answer.id, register: 'trust-risks', owner: 'Ava' });

    const started = await chen.updateRegisterEntry(teamId, entry.id, { status: 'in-progress', owner: 'Dana', severity: 'medium' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in-progress', owner: 'Dana', severity: 'medium' });
    expect(started.body.history.slice(1)).toMatchObject([
      { kind: 'edited', by: 'Chen Participant', fields: ['owner', 'severity'] },
      { kind: 'status', by: 'Chen Participant', from: 'open', to: 'in-progress' },
    ]);

    const done = await ben.updateRegisterEntry(teamId, entry.id, { status: 'done', owner: null });
    expect(done.body.status).toBe('done');
    expect(done.body.owner).toBeUndefined();
    expect(done.body.history.at(-1)).toMatchObject({ kind: 'status', by: 'Ben Participant', from: 'in-progress', to: 'done' });
    expect((await ava.teamRegisters(teamId)).body.entries[0]).toEqual(done.body);

    const wrongField = await ben.updateRegisterEntry(teamId, entry.id, { customer: 'Contoso' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.field).toBe('customer');
    expect((await ben.updateRegisterEntry(teamId, entry.id, {})).status).toBe(400);
    expect((await ben.updateRegisterEntry(teamId, entry.id, { status: 'closed' })).body.error.field).toBe('status');
    expect((await ben.updateRegisterEntry(teamId, crypto.randomUUID(), { status: 'done' })).status).toBe(404);
  });

  it('keep every change when people change an entry at once', async () => {
    const { ava, ben, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'x' });
    await ava.reveal(sessionId);
    const { body: entry } = await ava.createRegisterEntry(sessionId, { answerId: answer.id, register: 'trust-risks' });
    const owners = ['A', 'B', 'C', 'D'];
    const responses = await Promise.all(owners.map((owner) => ben.updateRegisterEntry(teamId, entry.id, { owner })));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const { body } = await ben.teamRegisters(teamId);
    expect(body.entries[0].history.filter((change: { kind: string }) => change.kind === 'edited')).toHaveLength(4);
  });
});

describe('the register review at the opening of the next check', () => {
  it('lists the active entries of earlier checks until the facilitator reviews them', async () => {
    const { ava, ben, chen, teamId, sessionId } = await meeting();
    const texts = ['Stays open', 'Goes on', 'Already done', 'Already dropped', 'To drop'];
    const answers = [];
    for (const text of texts) answers.push((await ben.answer(sessionId, { questionId: 'trust-risks', text })).body);
    await ava.reveal(sessionId);
    const entries: { id: string }[] = [];
    for (const answer of answers) entries.push((await ava.createRegisterEntry(sessionId, { answerId: answer.id, register: 'trust-risks' })).body);
    const [stays, goesOn, alreadyDone, alreadyDropped, toDrop] = entries.map((entry) => entry.id) as [string, string, string, string, string];
    await ben.updateRegisterEntry(teamId, goesOn, { status: 'in-progress' });
    await ben.updateRegisterEntry(teamId, alreadyDone, { status: 'done' });
    await ben.updateRegisterEntry(teamId, alreadyDropped, { status: 'dropped' });
    // Entries made in a check are not reviewed by that same check.
    expect((await ava.review(sessionId)).body.registerReview).toEqual([]);
    await ava.close(sessionId);

    const next = await revealedCheck(chen, teamId, ben, ['New in the next check']);
    expect(next.reviewIds).toEqual([stays, goesOn, toDrop]);
    const { body: madeNow } = await chen.createRegisterEntry(next.sessionId, { answerId: next.answerIds[0], register: 'decisions-to-revisit' });
    expect(ids((await ben.review(next.sessionId)).body.registerReview)).toEqual([stays, goesOn, toDrop]);

    expect((await ben.reviewRegisterEntry(next.sessionId, stays, 'done')).status).toBe(403);
    expect((await chen.reviewRegisterEntry(next.sessionId, madeNow.id, 'done')).status).toBe(409);
    expect((await chen.reviewRegisterEntry(next.sessionId, alreadyDone, 'still-open')).status).toBe(409);
    expect((await chen.reviewRegisterEntry(next.sessionId, stays, 'later')).body.error.field).toBe('outcome');

    const stillOpen = await chen.reviewRegisterEntry(next.sessionId, stays, 'still-open');
    expect(stillOpen.status).toBe(200);
    expect(stillOpen.body).toMatchObject({ status: 'open', lastReviewedSessionId: next.sessionId });
    expect(stillOpen.body.history.at(-1)).toMatchObject({ kind: 'reviewed', by: 'Chen Participant', from: 'open', to: 'open', sessionId: next.sessionId });
    expect((await chen.reviewRegisterEntry(next.sessionId, stays, 'done')).status).toBe(409);

    const done = await chen.reviewRegisterEntry(next.sessionId, goesOn, 'done');
    expect(done.body.status).toBe('done');
    expect(done.body.history.at(-1)).toMatchObject({ kind: 'reviewed', from: 'in-progress', to: 'done' });
    const dropped = await chen.reviewRegisterEntry(next.sessionId, toDrop, 'dropped');
    expect(dropped.body.status).toBe('dropped');
    expect((await ben.review(next.sessionId)).body.registerReview).toEqual([]);

    await chen.close(next.sessionId);
    expect((await chen.reviewRegisterEntry(next.sessionId, madeNow.id, 'done')).body.error.message).toMatch(/closed/);
    const third = await revealedCheck(ava, teamId, ben, []);
    expect(third.reviewIds).toEqual([madeNow.id, stays]); // by register, then oldest first
  });
});

describe('listing the registers', () => {
  it('filters by register and status; active means open or in progress', async () => {
    const { ava, ben, teamId } = await meeting();
    const check = await revealedCheck(ava, teamId, ben, ['Channel', 'Risk', 'Decision']);
    const make = (index: number, register: string) =>
      ava.createRegisterEntry(check.sessionId, { answerId: check.answerIds[index], register }).then((r) => r.body.id as string);
    const channel = await make(0, 'customer-channels');
    const risk = await make(1, 'trust-risks');
    const decision = await make(2, 'decisions-to-revisit');
    await ben.updateRegisterEntry(teamId, risk, { status: 'in-progress' });
    await ben.updateRegisterEntry(teamId, decision, { status: 'done' });

    expect(ids((await ben.teamRegisters(teamId)).body.entries)).toEqual([channel, decision, risk]);
    expect(ids((await ben.teamRegisters(teamId, '?register=trust-risks')).body.entries)).toEqual([risk]);
    expect(ids((await ben.teamRegisters(teamId, '?status=active')).body.entries)).toEqual([channel, risk]);
    expect(ids((await ben.teamRegisters(teamId, '?status=done&register=decisions-to-revisit')).body.entries)).toEqual([decision]);
    expect(ids((await ben.teamRegisters(teamId, '?status=open&register=trust-risks')).body.entries)).toEqual([]);
    expect((await ben.teamRegisters(teamId, '?status=closed')).body.error.field).toBe('status');
    expect((await ben.teamRegisters(teamId, "?register=x' or '1' eq '1")).status).toBe(400);
  });
});

describe('registers and tenants', () => {
  it('are not found from another tenant, not even through its own check of a team with the same id', async () => {
    const { ava, ben, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'Tenant A only' });
    await ava.reveal(sessionId);
    const { body: entry } = await ava.createRegisterEntry(sessionId, { answerId: answer.id, register: 'trust-risks' });
    await ava.close(sessionId);

    const [mallory, mel] = await Promise.all([participant(tenantB, 'Mallory', undefined, [teamId]), participant(tenantB, 'Mel', undefined, [teamId])]);
    const own = await revealedCheck(mallory, teamId, mel, ['Tenant B answer']);
    expect(own.reviewIds).toEqual([]);
    expect((await mallory.mergeIntoRegisterEntry(own.sessionId, entry.id, own.answerIds[0]!)).status).toBe(404);
    expect((await mallory.reviewRegisterEntry(own.sessionId, entry.id, 'dropped')).status).toBe(404);
    expect((await mallory.updateRegisterEntry(teamId, entry.id, { status: 'dropped' })).status).toBe(404);
    expect((await mallory.createRegisterEntry(sessionId, { answerId: answer.id, register: 'trust-risks' })).status).toBe(404);
    expect((await mallory.teamRegisters(teamId)).body.entries).toEqual([]);

    const { body } = await ava.teamRegisters(teamId);
    expect(body.entries).toHaveLength(1);
    expect(body.entries[0]).toMatchObject({ id: entry.id, status: 'open', notes: [{ text: 'Tenant A only' }] });
    expect(body.entries[0].history).toHaveLength(1);
  });
});
