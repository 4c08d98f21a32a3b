/**
 * Custom, versioned templates over HTTP against Azurite: a team's and a tenant's templates,
 * who sees and edits which, validation errors that name the field, a 3-point scale, a check
 * that keeps the version it ran while the team's history compares across a change, and the
 * list: summaries without statements, a page at a time, every template once, built-ins first.
 */
import { describe, expect, inject, it } from 'vitest';
import { tablesFor, toJsonColumns } from '../../api/src/storage/tables.ts';
import { versionRowKey } from '../../api/src/storage/templatesTable.ts';
import { callApi, participant, teamOf, tenantA, type Participant } from '../support/apiClient.ts';
import { listAllTemplates, listTemplatesPage } from '../support/templatePages.ts';

type Person = Participant;
type Definition = ReturnType<typeof definition>;

const both = (en: string, sv: string) => ({ en, sv });

/** A valid definition in English and Swedish: one pillar, three statements, one question, 3 points. */
function definition(statementIds = ['fast-release', 'few-bugs', 'clear-goals']) {
  return {
    languages: ['en', 'sv'],
    name: both('Delivery check', 'Leveranskoll'),
    scale: { points: 3, labels: [both('Stuck', 'Fast'), both('So-so', 'Sådär'), both('Flowing', 'Flyter')] },
    pillars: [{ id: 'flow', name: both('Flow', 'Flöde') }],
    statements: statementIds.map((id) => ({ id, pillarId: 'flow', text: both(`We do ${id}.`, `Vi gör ${id}.`) })),
    questions: [{ id: 'what-next', pillarId: 'flow', text: both('What next?', 'Vad härnäst?') }],
  };
}

const createTemplate = (person: Person, body: unknown) => callApi('POST', '/api/templates', { token: person.token, body });
const updateTemplate = (person: Person, templateId: string, body: unknown) =>
  callApi('PUT', `/api/templates/${templateId}`, { token: person.token, body });
/** Every page of the list, as the tab reads it with "Show more templates". */
const listTemplates = (person: Person, teamId?: string) => listAllTemplates(person.token, { teamId });
const ids = (listed: { templates: { id: string }[] }) => listed.templates.map((template) => template.id);

const newTeam = () => `team-templates-${crypto.randomUUID()}`;

async function teamTemplate(person: Person, teamId: string, body: Definition = definition()) {
  const created = await createTemplate(person, { ...body, scope: 'team', teamId });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; version: number };
}

/** Three people of a new team, the first of whom wrote a template for it. */
async function threeWithTemplate(body: Definition = definition()) {
  const people = (await Promise.all([participant(), participant(), participant()])) as [Person, Person, Person];
  const [ava, ben] = people;
  const teamId = newTeam();
  await teamOf(teamId, ...people);
  const { id } = await teamTemplate(ava, teamId, body);
  return { people, ava, ben, teamId, id };
}

/** Three people rate every statement of the check with `rating`, and the facilitator closes it. */
async function ratedCheck(people: Person[], teamId: string, templateId: string, rating: (statementId: string, person: number) => number) {
  const [facilitator] = people;
  const created = await facilitator!.createSession({ teamId, templateId });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const session = created.body;
  for (const [index, person] of people.entries()) {
    for (const statement of session.statements as { id: string }[]) {
      expect((await person.vote(session.id, statement.id, rating(statement.id, index))).status).toBe(200);
    }
  }
  expect((await facilitator!.close(session.id)).status).toBe(200);
  return session as { id: string; templateVersion: number; statements: { id: string; text: string }[] };
}

describe('custom templates', () => {
  it('are created for a team by anyone and for the tenant by an admin only', async () => {
    const [ava, admin] = await Promise.all([participant(tenantA, 'Ava'), participant(tenantA, 'Adam', ['CustomerPulse.Admin'])]);
    const teamId = newTeam();
    await teamOf(teamId, ava);

    const forTeam = await createTemplate(ava, { ...definition(), scope: 'team', teamId });
    expect(forTeam.status).toBe(201);
    expect(forTeam.body).toMatchObject({ version: 1, origin: 'team', teamId, updatedBy: 'Ava', name: { en: 'Delivery check' } });
    expect(forTeam.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forTeam.headers.get('location')).toBe(`/api/templates/${forTeam.body.id}`);

    const forbidden = await createTemplate(ava, { ...definition(), scope: 'tenant' });
    expect(forbidden.status).toBe(403);
    const forTenant = await createTemplate(admin, { ...definition(), scope: 'tenant' });
    expect(forTenant.status).toBe(201);
    expect(forTenant.body).toMatchObject({ version: 1, origin: 'tenant' });
    expect(forTenant.body.teamId).toBeUndefined();

    const noTeam = await createTemplate(ava, { ...definition(), scope: 'team' });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.field).toBe('teamId');
  });

  it("are listed to their own team only, with the tenant's and the built-ins", async () => {
    const [ava, admin] = await Promise.all([participant(tenantA, 'Ava'), participant(tenantA, 'Adam', ['CustomerPulse.Admin'])]);
    const [teamA, teamB] = [newTeam(), newTeam()];
    await ava.memberOf(teamA, teamB);
    const own = await teamTemplate(ava, teamA);
    const tenantWide = (await createTemplate(admin, { ...definition(), scope: 'tenant' })).body;

    const forA = await listTemplates(ava, teamA);
    expect(ids(forA)).toEqual(expect.arrayContaining(['customer-obsession', 'squad-health', own.id, tenantWide.id]));
    // A summary: names in every language and sizes, no statement, question or label texts.
    const listed = forA.templates.find((template) => template.id === own.id);
    expect(listed).toEqual({
      id: own.id,
      version: 1,
      origin: 'team',
      teamId: teamA,
      name: { en: 'Delivery check', sv: 'Leveranskoll' },
      languages: ['en', 'sv'],
      statementCount: 3,
      questionCount: 1,
      pillarCount: 1,
      scalePoints: 3,
      updatedAt: expect.any(String),
      updatedBy: 'Ava',
    });
    expect(JSON.stringify(forA.pages)).not.toMatch(/We do fast-release|Vi gör|What next|Flowing|Flöde/);
    // The template itself, as a check runs it, is read by id.
    const full = await callApi('GET', `/api/templates/${own.id}?version=1&teamId=${encodeURIComponent(teamA)}`, { token: ava.token });
    expect(full.body).toMatchObject({
      name: 'Delivery check',
      scale: { points: 3, labels: ['Stuck', 'So-so', 'Flowing'] },
      translations: { sv: { name: 'Leveranskoll', scaleLabels: ['Fast', 'Sådär', 'Flyter'], statements: { 'few-bugs': 'Vi gör few-bugs.' } } },
    });

    const forB = await listTemplates(ava, teamB);
    expect(ids(forB)).toContain(tenantWide.id);
    expect(ids(forB)).not.toContain(own.id);
    expect(ids(await listTemplates(ava))).not.toContain(own.id);

    // Another team can neither run nor edit it: as if it did not exist.
    expect((await ava.createSession({ teamId: teamB, templateId: own.id })).status).toBe(404);
    expect((await updateTemplate(ava, own.id, { ...definition(), baseVersion: 1, teamId: teamB })).status).toBe(404);
    expect((await updateTemplate(ava, own.id, { ...definition(), baseVersion: 1 })).status).toBe(404);
  });

  it('lists the built-in squad health check with its 3-point traffic-light scale', async () => {
    const ava = await participant();
    const squad = (await listTemplates(ava)).templates.find((template) => template.id === 'squad-health')!;
    expect(squad).toMatchObject({ origin: 'built-in', version: 1, scalePoints: 3, languages: ['en'], name: { en: 'Squad health check' } });
    expect(squad.statementCount).toBeGreaterThanOrEqual(8);
    expect(squad.questionCount).toBe(2);
    const full = (await callApi('GET', '/api/templates/squad-health?version=1', { token: ava.token })).body;
    expect(full).toMatchObject({ origin: 'built-in', scale: { points: 3 }, translations: {} });
    expect(full.statements).toHaveLength(squad.statementCount);
    expect(full.questions).toHaveLength(2);
  });

  it('refuse edits of built-ins and of tenant templates by non-admins', async () => {
    const [ava, admin] = await Promise.all([participant(), participant(tenantA, 'Adam', ['CustomerPulse.Admin'])]);
    expect((await updateTemplate(ava, 'customer-obsession', { ...definition(), baseVersion: 1 })).status).toBe(404);
    const tenantWide = (await createTemplate(admin, { ...definition(), scope: 'tenant' })).body;
    expect((await updateTemplate(ava, tenantWide.id, { ...definition(), baseVersion: 1 })).status).toBe(403);
    const saved = await updateTemplate(admin, tenantWide.id, { ...definition(), baseVersion: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, origin: 'tenant', updatedBy: 'Adam' });
  });

  it('take a definition larger than the usual 16 KB body limit', async () => {
    const ava = await participant();
    // Texts near the 300-character limit: five languages of everything add up past 16 KB.
    const long = (word: string) => `${word} `.repeat(12).trim();
    const languages = ['en', 'sv', 'tr', 'da', 'de'];
    const text = (word: string) => Object.fromEntries(languages.map((language) => [language, long(`${word}-${language}`)]));
    const body = {
      languages,
      name: text('name'),
      scale: { points: 5, labels: [1, 2, 3, 4, 5].map((value) => text(`label${value}`)) },
      pillars: [{ id: 'p', name: text('pillar') }],
      statements: Array.from({ length: 12 }, (_, index) => ({ id: `s${index}`, pillarId: 'p', text: text(`statement${index}`) })),
      questions: Array.from({ length: 8 }, (_, index) => ({ id: `q${index}`, text: text(`question${index}`) })),
      scope: 'team',
      teamId: ava.teamId,
    };
    expect(JSON.stringify(body).length).toBeGreaterThan(16 * 1024);
    const created = await createTemplate(ava, body);
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const loaded = await callApi('GET', `/api/templates/${created.body.id}/definition?teamId=${encodeURIComponent(ava.teamId)}`, { token: ava.token });
    expect(loaded.body.statements[11].text.de).toBe(body.statements[11]!.text.de);
  });
});

describe('template validation', () => {
  const statement = (id: string, pillarId = 'flow') => ({ id, pillarId, text: both(`${id}.`, `${id}.`) });
  const cases: [string, (body: Definition) => unknown, string][] = [
    ['13 statements', (body) => ({ ...body, statements: Array.from({ length: 13 }, (_, i) => statement(`s${i}`)) }), 'statements'],
    ['no statements', (body) => ({ ...body, statements: [] }), 'statements'],
    ['9 questions', (body) => ({ ...body, questions: Array.from({ length: 9 }, (_, i) => ({ id: `q${i}`, text: both('Q?', 'F?') })) }), 'questions'],
    ['an empty text', (body) => ({ ...body, statements: [statement('a'), { ...statement('b'), text: both('  ', 'Något.') }] }), 'statements.1.text.en'],
    ['a missing translation', (body) => ({ ...body, statements: [statement('a'), { ...statement('b'), text: { en: 'Only English.' } }] }), 'statements.1.text.sv'],
    ['duplicate statement ids', (body) => ({ ...body, statements: [statement('a'), statement('a')] }), 'statements.1.id'],
    ['a question id equal to a statement id', (body) => ({ ...body, questions: [{ id: 'fast-release', text: both('Q?', 'F?') }] }), 'questions.0.id'],
    ['duplicate pillar ids', (body) => ({ ...body, pillars: [...body.pillars, ...body.pillars] }), 'pillars.1.id'],
    ['an unknown pillar', (body) => ({ ...body, statements: [statement('a'), statement('b', 'nowhere')] }), 'statements.1.pillarId'],
    ['a label count unlike the points', (body) => ({ ...body, scale: { points: 4, labels: body.scale.labels } }), 'scale.labels'],
    ['a duplicate language', (body) => ({ ...body, languages: ['en', 'sv', 'en'] }), 'languages.2'],
    ['an unknown language', (body) => ({ ...body, languages: ['en', 'xx'] }), 'languages.1'],
    ['a scale of 8 points', (body) => ({ ...body, scale: { points: 8, labels: body.scale.labels } }), 'scale.points'],
  ];

  it.each(cases)('answers 400 naming the field for %s', async (_name, change, field) => {
    const ava = await participant();
    const response = await createTemplate(ava, { ...(change(definition()) as object), scope: 'team', teamId: ava.teamId });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field });
  });

  it('applies the same rules to a new version', async () => {
    const ava = await participant();
    const teamId = newTeam();
    await teamOf(teamId, ava);
    const { id } = await teamTemplate(ava, teamId);
    const body = definition();
    const response = await updateTemplate(ava, id, {
      ...body,
      statements: [body.statements[0], { ...body.statements[1], text: { en: 'Only English.' } }],
      baseVersion: 1,
      teamId,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('statements.1.text.sv');
  });
});

describe('template versions', () => {
  it('leave a check of version 1 as it ran, statements and scores, when version 2 is saved', async () => {
    const { people, ava, ben, teamId, id } = await threeWithTemplate();
    const check = await ratedCheck(people, teamId, id, (_statement, person) => person + 1);
    expect(check.templateVersion).toBe(1);
    const resultsBefore = (await ava.results(check.id)).body;

    const v2 = definition(['fast-release', 'few-bugs']);
    v2.statements[0]!.text = both('We release within a day.', 'Vi släpper inom en dag.');
    const saved = await updateTemplate(ben, id, { ...v2, baseVersion: 1, teamId });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id, version: 2, origin: 'team', teamId });

    const after = await ava.session(check.id);
    expect(after.body.templateVersion).toBe(1);
    expect(after.body.statements).toEqual(check.statements);
    expect(after.body.scale).toEqual({ points: 3, labels: ['Stuck', 'So-so', 'Flowing'] });
    expect((await ava.results(check.id)).body).toEqual(resultsBefore);
    expect(resultsBefore.statements).toHaveLength(3);

    // The editor loads the latest version; version 1 stays readable for past checks.
    const loaded = await callApi('GET', `/api/templates/${id}/definition?teamId=${encodeURIComponent(teamId)}`, { token: ava.token });
    expect(loaded.body).toMatchObject({ version: 2, statements: [{ text: { en: 'We release within a day.' } }, { id: 'few-bugs' }] });
    const first = await callApi('GET', `/api/templates/${id}?version=1&teamId=${encodeURIComponent(teamId)}`, { token: ava.token });
    expect(first.body.statements.map((s: { id: string }) => s.id)).toEqual(['fast-release', 'few-bugs', 'clear-goals']);
    expect((await callApi('GET', `/api/templates/${id}?version=3&teamId=${encodeURIComponent(teamId)}`, { token: ava.token })).status).toBe(404);
    // A team's template is found only by naming its team (and being in it).
    expect((await callApi('GET', `/api/templates/${id}?version=1`, { token: ava.token })).status).toBe(404);

    // A new check runs version 2.
    const next = await ava.createSession({ teamId, templateId: id });
    expect(next.body).toMatchObject({ templateVersion: 2, statements: [{ text: 'We release within a day.' }, { id: 'few-bugs' }] });
  });

  it('once archived, are gone from lists, new checks and edits, while past checks keep theirs', async () => {
    const { people, ava, teamId, id } = await threeWithTemplate();
    const check = await ratedCheck(people, teamId, id, () => 3);
    const archive = (query: string) => callApi('DELETE', `/api/templates/${id}${query}`, { token: ava.token });
    expect((await archive('')).status).toBe(404); // a team's template is archived for its team
    expect((await archive(`?teamId=${encodeURIComponent(newTeam())}`)).status).toBe(404);
    expect((await archive(`?teamId=${encodeURIComponent(teamId)}`)).status).toBe(204);

    expect(ids(await listTemplates(ava, teamId))).not.toContain(id);
    expect((await ava.createSession({ teamId, templateId: id })).status).toBe(404);
    expect((await updateTemplate(ava, id, { ...definition(), baseVersion: 1, teamId })).status).toBe(404);
    expect((await ava.session(check.id)).body.statements).toEqual(check.statements);
    expect((await ava.teamScores(teamId)).body.sessions[0].overall).toBe(100);
  });

  it('refuse a save based on a version that is no longer the latest', async () => {
    const [ava, ben] = await Promise.all([participant(), participant()]);
    const teamId = newTeam();
    await teamOf(teamId, ava, ben);
    const { id } = await teamTemplate(ava, teamId);
    expect((await updateTemplate(ava, id, { ...definition(), baseVersion: 1, teamId })).status).toBe(200);
    const stale = await updateTemplate(ben, id, { ...definition(), baseVersion: 1, teamId });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');

    // Two saves from the same version at once: one becomes version 3, the other is told.
    const racing = await Promise.all([ava, ben].map((person) => updateTemplate(person, id, { ...definition(), baseVersion: 2, teamId })));
    expect(racing.map((response) => response.status).sort()).toEqual([200, 409]);
  });
});

describe('a check on a 3-point template', () => {
  it('takes ratings 1 to 3 only and shows three counts per statement', async () => {
    const { people, ava, teamId, id } = await threeWithTemplate();
    const check = (await ava.createSession({ teamId, templateId: id })).body;
    expect(check).toMatchObject({ templateId: id, templateVersion: 1, scale: { points: 3 }, languages: ['en', 'sv'] });
    expect(check.translations.sv.statements['fast-release']).toBe('Vi gör fast-release.');

    const tooHigh = await ava.vote(check.id, 'fast-release', 4);
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error).toMatchObject({ field: 'value', message: 'value must be from 1 to 3' });

    for (const [index, person] of people.entries()) expect((await person.vote(check.id, 'fast-release', index + 1)).status).toBe(200);
    expect((await ava.answer(check.id, { questionId: 'what-next', text: 'Ship smaller.' })).status).toBe(201);
    expect((await ava.answer(check.id, { questionId: 'trust-risks', text: 'Not here.' })).status).toBe(404);
    await ava.reveal(check.id);
    const results = (await ava.results(check.id)).body;
    expect(results.statements[0]).toEqual({ id: 'fast-release', voters: 3, score: 50, distribution: [1, 1, 1] });
  });

  it('runs the built-in squad health check on its traffic-light scale', async () => {
    const ava = await participant();
    const check = (await ava.createSession({ templateId: 'squad-health' })).body;
    expect(check.scale.points).toBe(3);
    const statementId = check.statements[0].id;
    expect((await ava.vote(check.id, statementId, 3)).status).toBe(200);
    expect((await ava.vote(check.id, statementId, 5)).status).toBe(400);
  });
});

describe('history over a template change', () => {
  it('compares only the statements both versions have, and says the template changed', async () => {
    const { people, ava, teamId, id } = await threeWithTemplate(definition(['kept-one', 'kept-two', 'dropped']));
    const first = await ratedCheck(people, teamId, id, (statement) => (statement === 'dropped' ? 1 : 2));
    expect((await updateTemplate(ava, id, { ...definition(['kept-one', 'kept-two', 'added']), baseVersion: 1, teamId })).status).toBe(200);
    const second = await ratedCheck(people, teamId, id, (statement) => (statement === 'added' ? 3 : 2));

    const history = await ava.teamScores(teamId);
    expect(history.status).toBe(200);
    const [latest, earlier] = history.body.sessions;
    expect(latest).toMatchObject({
      id: second.id,
      templateVersion: 2,
      comparedWith: { sessionId: first.id, templateVersion: 1, sameStatements: ['kept-one', 'kept-two'], templateChanged: true },
    });
    const trendOf = (statementId: string) => latest.statements.find((s: { id: string }) => s.id === statementId)?.trend;
    expect(trendOf('kept-one')).toBe('within-noise');
    expect(trendOf('kept-two')).toBe('within-noise');
    expect(trendOf('added')).toBeNull();
    // Over all statements the overall score rose (33.3 → 66.7); over the kept ones it held.
    expect(earlier.overall).toBe(33.3);
    expect(latest.overall).toBe(66.7);
    expect(latest.trend).toBe('within-noise');
    expect(earlier).toMatchObject({ id: first.id, templateVersion: 1, comparedWith: null, trend: null });
    expect(earlier.statements.map((s: { trend: unknown }) => s.trend)).toEqual([null, null, null]);
  });

  it('does not compare checks of different templates', async () => {
    const { people, ava, teamId, id } = await threeWithTemplate();
    await ratedCheck(people, teamId, 'customer-obsession', () => 3);
    await ratedCheck(people, teamId, id, () => 2);
    const [latest] = (await ava.teamScores(teamId)).body.sessions;
    expect(latest).toMatchObject({ templateId: id, comparedWith: null, trend: null });
  });

  it("goes with the team's data when an admin erases it", async () => {
    const [ava, admin] = await Promise.all([participant(), participant(tenantA, 'Adam', ['CustomerPulse.Admin'])]);
    const teamId = newTeam();
    await teamOf(teamId, ava);
    const { id } = await teamTemplate(ava, teamId);
    await updateTemplate(ava, id, { ...definition(), baseVersion: 1, teamId });
    const erased = await callApi('DELETE', `/api/teams/${encodeURIComponent(teamId)}/data`, { token: admin.token });
    expect(erased.body.deleted.templates).toBe(1);
    expect(ids(await listTemplates(ava, teamId))).not.toContain(id);
    expect((await callApi('GET', `/api/templates/${id}/definition?teamId=${encodeURIComponent(teamId)}`, { token: ava.token })).status).toBe(404);
  });
});

describe('the template list', () => {
  /** A tenant of its own, so that the list holds exactly what the test wrote. */
  async function freshTenant() {
    const tenantId = `tenant-list-${crypto.randomUUID()}`;
    const [ava, ben, admin] = await Promise.all([
      participant(tenantId, 'Ava'),
      participant(tenantId, 'Ben'),
      participant(tenantId, 'Adam', ['CustomerPulse.Admin']),
    ]);
    const teamId = newTeam();
    await teamOf(teamId, ava, ben);
    return { ava, ben, admin, teamId };
  }
  const named = (name: string): Definition => ({ ...definition(), name: both(name, `${name} (sv)`) });

  it('pages through every template exactly once: built-ins first, then the team’s, then the tenant’s, each by name', async () => {
    const { ava, ben, admin, teamId } = await freshTenant();
    // Out of order, two of the same name (then ordered by id), by two authors (20 a day each).
    const teamNames = ['Kappa', 'alpha', 'Delta', 'beta', 'Delta', 'Gamma', 'epsilon'];
    const own: { name: string; id: string }[] = [];
    for (const [index, name] of teamNames.entries()) own.push({ id: (await teamTemplate(index % 2 ? ben : ava, teamId, named(name))).id, name });
    const tenantWide: { name: string; id: string }[] = [];
    for (const name of ['Zeta', 'Eta']) {
      const created = await createTemplate(admin, { ...named(name), scope: 'tenant' });
      expect(created.status).toBe(201);
      tenantWide.push({ name, id: created.body.id as string });
    }
    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
      a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
    const expected = ['customer-obsession', 'squad-health', ...own.sort(byName).map((t) => t.id), ...tenantWide.sort(byName).map((t) => t.id)];

    const whole = await listAllTemplates(ava.token, { teamId, pageSize: 50 });
    expect(whole.pages).toHaveLength(1);
    expect(whole.pages[0]!.continuation).toBeNull();
    expect(ids(whole)).toEqual(expected);

    for (const pageSize of [1, 2, 3, 4]) {
      const paged = await listAllTemplates(ava.token, { teamId, pageSize });
      expect(ids(paged), `pageSize ${pageSize}`).toEqual(expected);
      expect(paged.pages).toHaveLength(Math.ceil(expected.length / pageSize));
      expect(paged.pages.every((page) => page.templates.length <= pageSize)).toBe(true);
      expect(paged.pages.at(-1)!.continuation).toBeNull();
    }
    // The first page starts with the built-ins, customer obsession at the top.
    const first = await listTemplatesPage(ava.token, { teamId, pageSize: 3 });
    expect(first.body.templates.map((t) => t.origin)).toEqual(['built-in', 'built-in', 'team']);
    expect(first.body.templates[0]!.id).toBe('customer-obsession');
    // Without the team: the built-ins and the tenant's only.
    expect(ids(await listAllTemplates(ava.token, { pageSize: 2 }))).toEqual(expected.filter((id) => !own.some((t) => t.id === id)));
    // The default page holds 20.
    const defaultPage = await listTemplatesPage(ava.token, { teamId });
    expect(defaultPage.body.templates).toHaveLength(expected.length);
    expect(defaultPage.body.continuation).toBeNull();
  });

  it('continues after the last template shown when templates are added or archived between pages', async () => {
    const { ava, teamId } = await freshTenant();
    const made: Record<string, string> = {};
    for (const name of ['Bravo', 'Delta', 'Foxtrot']) made[name] = (await teamTemplate(ava, teamId, named(name))).id;
    const first = await listTemplatesPage(ava.token, { teamId, pageSize: 3 });
    expect(first.body.templates.map((t) => t.name.en)).toEqual(['Customer obsession health check', 'Squad health check', 'Bravo']);

    // Meanwhile: one before the page's end (not shown: the reader is past it), one after, and one archived.
    made.Alpha = (await teamTemplate(ava, teamId, named('Alpha'))).id;
    made.Echo = (await teamTemplate(ava, teamId, named('Echo'))).id;
    expect((await callApi('DELETE', `/api/templates/${made.Delta}?teamId=${encodeURIComponent(teamId)}`, { token: ava.token })).status).toBe(204);

    const rest = await listTemplatesPage(ava.token, { teamId, pageSize: 3, continuation: first.body.continuation! });
    expect(rest.status).toBe(200);
    expect(rest.body.templates.map((t) => t.name.en)).toEqual(['Echo', 'Foxtrot']);
    expect(rest.body.continuation).toBeNull();
  });

  it('stays small however long the templates are: no statement, question or label in it', async () => {
    const { ava, teamId } = await freshTenant();
    const languages = ['en', 'sv', 'tr', 'da', 'de'];
    const long = (word: string) => Object.fromEntries(languages.map((language) => [language, `${word}-${language} `.repeat(25).trim().slice(0, 300)]));
    const body = (index: number) => ({
      languages,
      name: Object.fromEntries(languages.map((language) => [language, `Long template ${index} (${language})`])),
      scale: { points: 5, labels: [1, 2, 3, 4, 5].map((value) => long(`label${value}`)) },
      pillars: [{ id: 'p', name: long('pillar'), description: long('about') }],
      statements: Array.from({ length: 12 }, (_, s) => ({ id: `s${s}`, pillarId: 'p', text: long(`statement${s}`) })),
      questions: Array.from({ length: 8 }, (_, q) => ({ id: `q${q}`, text: long(`question${q}`) })),
      scope: 'team',
      teamId,
    });
    const before = JSON.stringify((await listTemplatesPage(ava.token, { teamId })).body).length;
    for (let index = 0; index < 5; index += 1) expect((await createTemplate(ava, body(index))).status).toBe(201);
    const after = await listTemplatesPage(ava.token, { teamId });
    const text = JSON.stringify(after.body);
    expect(after.body.templates).toHaveLength(7);
    expect(text).not.toMatch(/statement\d|question\d|label\d|pillar-|about-/);
    expect(after.body.templates[2]).toMatchObject({ statementCount: 12, questionCount: 8, pillarCount: 1, scalePoints: 5, languages });
    // Each definition is over 20 KB; each summary well under 1 KB.
    expect(text.length - before).toBeLessThan(5 * 1024);
  });

  it('lists a version saved before summaries were stored, from its definition', async () => {
    const { ava, teamId } = await freshTenant();
    const id = crypto.randomUUID();
    const templates = await tablesFor(inject('storageConnectionString')).get('templates');
    // A row as versions were written before: metadata and the definition's JSON columns only.
    await templates.createEntity({
      partitionKey: ava.user.tenantId,
      rowKey: versionRowKey(id, 1),
      templateId: id,
      version: 1,
      scope: 'team',
      teamId,
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...toJsonColumns('definition', named('Older row')),
    });
    const listed = (await listAllTemplates(ava.token, { teamId })).templates.find((template) => template.id === id);
    expect(listed).toEqual({
      id,
      version: 1,
      origin: 'team',
      teamId,
      name: { en: 'Older row', sv: 'Older row (sv)' },
      languages: ['en', 'sv'],
      statementCount: 3,
      questionCount: 1,
      pillarCount: 1,
      scalePoints: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it.each([
    ['0', 'pageSize must be at least 1'],
    ['51', 'pageSize must be at most 50'],
    ['ten', 'pageSize must be a whole number'],
    ['2.5', 'pageSize must be a whole number'],
  ])('refuses pageSize=%s with 400 naming it', async (pageSize, message) => {
    const ava = await participant();
    const response = await listTemplatesPage(ava.token, { pageSize });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'pageSize', message } });
  });

  it.each([
    ['with characters outside base64url', 'not+a/continuation='],
    ['that decodes to something else', Buffer.from('hello').toString('base64url')],
    ['of an unknown built-in', Buffer.from('0:gone:').toString('base64url')],
    ['of an unknown group', Buffer.from('7:id:Name').toString('base64url')],
    ['that is far too long', 'A'.repeat(3000)],
  ])('refuses a continuation %s with 400 naming it', async (_case, continuation) => {
    const ava = await participant();
    const response = await listTemplatesPage(ava.token, { continuation });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'continuation' });
    expect(response.body.error.message).toMatch(/^continuation/);
  });
});
