/**
 * Scenario 7, one hostile user: a member of a team who scripts as much as the API takes —
 * thousands of long answers to the team's open check, register entries and actions, team
 * templates, and checks across twenty teams (issue #19's measurement 1). Before and after,
 * the team's other members make the reads their panels and tabs make; the figures are how
 * much larger and slower those became, and how much of the flood the API's limits refused.
 */
import { templatePageSizeDefault, type ResultsResponse } from '../../../api/src/contract/index.ts';
import { benchTeams, floodTeams, people, statementIds, type Person } from '../api.ts';
import type { ApiDriver, Reply } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { ratio, summarize, type LatencySummary } from '../stats.ts';

export interface HostileUserOptions {
  api: ApiDriver;
  /** Reads of each kind, before and after. */
  reads: number;
  attempts: { answers: number; registerEntries: number; actions: number; templates: number; checksPerTeam: number; teams: number };
  progress: Progress;
}

interface ReadFigures {
  bytes: number;
  latencyMs: LatencySummary;
}

export interface HostileUserResult {
  before: Record<ReadKind, ReadFigures>;
  after: Record<ReadKind, ReadFigures>;
  /** After ÷ before, per read: body size and p50 latency. */
  growth: Record<ReadKind, { bytes: number | null; latencyP50: number | null }>;
  /** What the hostile user tried and what the API took. */
  flood: Record<FloodKind, { tried: number; accepted: number; refused429: number; other: number }>;
  /** Whether the team's real facilitator could still start a check afterwards. */
  facilitatorCanStart: boolean;
  /** The template list's first page while the team had only the built-ins, before it saved a page of its own. */
  builtInsOnlyTemplateBytes: number;
}

/** The reads every panel and tab repeats (each within 2× of the quiet run), then the paged reads a view makes once. */
const readKinds = ['session', 'results', 'templates', 'eraseOwnVotes', 'answersPage', 'review'] as const;
type ReadKind = (typeof readKinds)[number];
type FloodKind = 'answers' | 'registerEntries' | 'actions' | 'templates' | 'checks';

const longText = (label: string) => `${label} `.padEnd(2000, 'x');

export async function hostileUser(options: HostileUserOptions): Promise<HostileUserResult> {
  const { api, progress } = options;
  const teamId = benchTeams.hostile;
  const [facilitator, mallory, ...members] = await people(api, 7, { prefix: `bench-hostile-${Date.now().toString(36)}` });
  const call = <T>(method: string, path: string, person: Person, body?: unknown) => api.call<T>(method, path, { token: person.token, body });

  progress.step('one hostile user: the team opens a check, rates and answers');
  const session = (await call<{ id: string }>('POST', '/api/sessions', facilitator!, { templateId: 'customer-obsession', teamId })).body!;
  for (const person of [facilitator!, mallory!, ...members.slice(0, 4)]) {
    await call('POST', `/api/sessions/${session.id}/join`, person);
    for (const statementId of statementIds) await call('PUT', `/api/sessions/${session.id}/votes/${statementId}`, person, { value: 4 });
  }
  for (const person of members.slice(0, 3)) await call('POST', `/api/sessions/${session.id}/answers`, person, { questionId: 'trust-risks', text: 'An honest answer' });
  await call('POST', `/api/sessions/${session.id}/reveal`, facilitator!);
  const reader = members[0]!;

  async function measure(): Promise<Record<ReadKind, ReadFigures>> {
    const reads: Record<ReadKind, () => Promise<Reply>> = {
      session: () => call('GET', `/api/sessions/${session.id}`, reader),
      results: () => call<ResultsResponse>('GET', `/api/sessions/${session.id}/results`, reader),
      templates: () => call('GET', `/api/templates?teamId=${teamId}`, reader),
      eraseOwnVotes: () => call('DELETE', '/api/me/votes', members[4]!), // one who never rated: only the search costs
      // The flooded question's first page, and the review a panel reads once when it opens.
      answersPage: () => call('GET', `/api/sessions/${session.id}/answers?questionId=unclear-benefit`, reader),
      review: () => call('GET', `/api/sessions/${session.id}/review`, reader),
    };
    const figures = {} as Record<ReadKind, ReadFigures>;
    for (const kind of readKinds) {
      const latencies: number[] = [];
      let bytes = 0;
      for (let index = 0; index < options.reads; index += 1) {
        const reply = await reads[kind]();
        if (reply.status !== 200) throw new Error(`hostile user: ${kind} read answered ${reply.status} ${reply.error ?? ''}`);
        latencies.push(reply.ms);
        bytes = Buffer.byteLength(JSON.stringify(reply.body ?? ''));
      }
      figures[kind] = { bytes, latencyMs: summarize(latencies) };
    }
    return figures;
  }

  // The quiet run is a team in use: it has saved a first page of templates of its own, so the
  // flood's templates can only take places on that page, not make the page longer.
  const builtInsOnlyTemplateBytes = Buffer.byteLength(JSON.stringify((await call('GET', `/api/templates?teamId=${teamId}`, reader)).body ?? ''));
  progress.step(`one hostile user: the team saves a first page (${templatePageSizeDefault}) of its own templates`);
  for (let index = 0; index < templatePageSizeDefault; index += 1) {
    const author = index % 2 === 0 ? facilitator! : members[1]!;
    const saved = await call('POST', '/api/templates', author, teamTemplate(`Team template ${index}`, `Our pillar ${index}`));
    if (saved.status !== 201) throw new Error(`hostile user: saving the team's template ${index} answered ${saved.status} ${saved.error ?? ''}`);
  }

  progress.step(`one hostile user: ${options.reads} reads of each kind, before`);
  const before = await measure();

  const flood = {} as HostileUserResult['flood'];
  async function tryMany(kind: FloodKind, count: number, attempt: (index: number) => Promise<Reply>) {
    const tally = { tried: count, accepted: 0, refused429: 0, other: 0 };
    for (let index = 0; index < count; index += 1) {
      const { status } = await attempt(index);
      if (status >= 200 && status < 300) tally.accepted += 1;
      else if (status === 429) tally.refused429 += 1;
      else tally.other += 1;
    }
    flood[kind] = tally;
  }
  const { attempts } = options;
  progress.step('one hostile user: floods the team');
  await tryMany('answers', attempts.answers, (index) =>
    call('POST', `/api/sessions/${session.id}/answers`, mallory!, { questionId: 'unclear-benefit', text: longText(`Flood ${index}`) }),
  );
  // Her own revealed check with one answer, to turn into entries and actions over and over.
  const own = (await call<{ id: string }>('POST', '/api/sessions', mallory!, { templateId: 'customer-obsession', teamId })).body!;
  const answer = (await call<{ id: string }>('POST', `/api/sessions/${own.id}/answers`, mallory!, { questionId: 'trust-risks', text: longText('Seed') })).body!;
  await call('POST', `/api/sessions/${own.id}/reveal`, mallory!);
  await tryMany('registerEntries', attempts.registerEntries, () =>
    call('POST', `/api/sessions/${own.id}/register-entries`, mallory!, { answerId: answer.id, register: 'trust-risks' }),
  );
  await tryMany('actions', attempts.actions, () =>
    call('POST', `/api/sessions/${own.id}/actions`, mallory!, { answerId: answer.id, owner: 'Nobody', dueDate: '2027-01-01' }),
  );
  await tryMany('templates', attempts.templates, (index) =>
    call('POST', '/api/templates', mallory!, teamTemplate(`Flood template ${index}`, longText('Pillar').slice(0, 200), longText('Statement'))),
  );
  const teams = [teamId, ...floodTeams.slice(0, attempts.teams - 1)];
  await tryMany('checks', teams.length * attempts.checksPerTeam, (index) =>
    call('POST', '/api/sessions', mallory!, { templateId: 'customer-obsession', teamId: teams[index % teams.length] }),
  );
  // Her checks would be listed in the meeting of nobody: only the team's own reads count here.
  const facilitatorCanStart = (await call('POST', '/api/sessions', facilitator!, { templateId: 'customer-obsession', teamId })).status === 201;

  progress.step(`one hostile user: ${options.reads} reads of each kind, after`);
  const after = await measure();
  const growth = Object.fromEntries(
    readKinds.map((kind) => [kind, { bytes: ratio(after[kind].bytes, before[kind].bytes), latencyP50: ratio(after[kind].latencyMs.p50, before[kind].latencyMs.p50) }]),
  ) as HostileUserResult['growth'];
  return { before, after, growth, flood, facilitatorCanStart, builtInsOnlyTemplateBytes };

  function teamTemplate(name: string, pillarName: string, statementText = 'We talk with our customers') {
    return {
      scope: 'team',
      teamId,
      languages: ['en'],
      name: { en: name },
      scale: { points: 2, labels: [{ en: 'No' }, { en: 'Yes' }] },
      pillars: [{ id: 'p', name: { en: pillarName } }],
      statements: Array.from({ length: 12 }, (_, s) => ({ id: `s${s}`, pillarId: 'p', text: { en: `${statementText} ${s}`.slice(0, 300) } })),
      questions: [],
    };
  }
}
