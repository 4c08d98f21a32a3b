/**
 * What the leadership view may disclose once teams are grouped and filtered: no combination of
 * shown team figures, group aggregates, filters and pillars may determine a figure that is
 * hidden. A figure is hidden when its team does not share, or when fewer people rated it than
 * the anonymity threshold (domain/anonymity.ts decides that; this module only asks it).
 *
 * The trusted survey tools face the same attack and answer it after the fact:
 * - Viva Glint counts every response in the parent group's score, hides a group below the
 *   minimum, and then also hides the next-smallest sibling until the hidden responses reach the
 *   minimum, so that parent minus the shown siblings no longer gives the small group.
 * - Peakon refuses a segment whose members differ from an already shown one by fewer than the
 *   minimum, so that two filters differing by one person do not give that person.
 * Both have to, because their parent figures pool responses that are hidden below.
 *
 * The rule chosen here is exclusion at the source: an aggregate pools only figures that are
 * themselves shown, from teams that share. Every shown aggregate is then a function of shown
 * figures and shown weights (the voters counts), so the difference of any two aggregates, of an
 * aggregate and its shown teams, or of two filters, is again a function of shown figures; a
 * hidden figure never enters, so it cannot come out. Filters (search, coverage, statement,
 * pillar) run over the shown teams only, so neither a count nor a group tells that a team which
 * does not share exists. Glint's complementary suppression and Peakon's overlap minimum are not
 * needed on top, and they would hide shown teams' figures for nothing.
 *
 * What it costs, and says: a small team's ratings below the threshold do not count in its
 * group's figure either. Each group figure says how many shown teams were left out of it
 * (`leftOut`) — the refusal is visible, the figure it refused is not. A group figure is itself
 * held to the threshold (`canShowResult` on the voters it pools): the k-threshold holds at
 * every level. Tested by non-interference (leadershipDisclosure.test.ts): changing any hidden
 * figure changes nothing that is shown, under any filters and groupings.
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import { roundToTenth } from './scoring.ts';

/** A statement's figure of one check, as the leadership view shows it. */
export interface StatementFigure {
  id: string;
  pillarId: string;
  voters: number;
  score: number | null;
  interval?: unknown;
  trend?: unknown;
}

/** A check's figures as the leadership view shows them. */
export interface CheckFigures {
  voters: number;
  overall: number | null;
  overallInterval?: unknown;
  trend?: unknown;
  statements: readonly StatementFigure[];
}

export interface TeamFigures<C extends CheckFigures = CheckFigures> {
  teamId: string;
  shared: boolean;
  unit?: string;
  latest: C | null;
  previous: C | null;
}

/**
 * A check as it may be shown: a statement fewer than the threshold rated loses its score, its
 * interval and its trend (all three come from those few ratings); the overall likewise.
 */
export function shownCheck<C extends CheckFigures>(check: C, policy: AnonymityPolicy): C {
  const statements = check.statements.map((statement) =>
    statement.score !== null && canShowResult(statement.voters, policy) ? statement : hiddenStatement(statement),
  );
  const overallShown = check.overall !== null && canShowResult(check.voters, policy);
  return {
    ...check,
    statements,
    ...(overallShown ? {} : { overall: null, ...maskedIfPresent(check, 'overallInterval'), ...maskedIfPresent(check, 'trend') }),
  };
}

function hiddenStatement<S extends StatementFigure>(statement: S): S {
  return { ...statement, score: null, ...maskedIfPresent(statement, 'interval'), ...maskedIfPresent(statement, 'trend') };
}

function maskedIfPresent(object: object, key: string): Record<string, null> {
  return key in object ? { [key]: null } : {};
}

/** The teams the view may list at all: those that share, each with only its shown figures. */
export function shownTeams<T extends TeamFigures>(teams: readonly T[], policy: AnonymityPolicy): T[] {
  return teams
    .filter((team) => team.shared)
    .map((team) => ({
      ...team,
      latest: team.latest && shownCheck(team.latest, policy),
      previous: team.previous && shownCheck(team.previous, policy),
    }));
}

/** Why a group figure is not shown. */
export type WithheldReason = 'nothing-shown' | 'below-threshold';

export interface GroupFigure {
  /** Voter-weighted mean of the shown team figures; null when withheld. */
  score: number | null;
  /** Teams whose figure it pools. */
  teams: number;
  /** Voters behind the pooled figures. */
  voters: number;
  /** Teams of the group with a check whose figure for this is hidden, so not pooled. */
  leftOut: number;
  withheld: WithheldReason | null;
}

export interface GroupAggregate {
  /** The organisational unit; null for the teams that have none. */
  unit: string | null;
  /** Shown teams in the group. */
  teams: number;
  overall: GroupFigure;
  statements: Record<string, GroupFigure>;
}

/**
 * Each group's figures over its teams' latest checks. Give it shown teams only (`shownTeams`,
 * then any filters): it re-asks the threshold of every figure it pools, but cannot know which
 * teams share.
 */
export function groupAggregates(
  teams: readonly TeamFigures[],
  statementIds: readonly string[],
  policy: AnonymityPolicy,
): GroupAggregate[] {
  const byUnit = new Map<string | null, TeamFigures[]>();
  for (const team of teams) {
    const unit = team.unit ?? null;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), team]);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([unit, members]) => {
      const checks = members.map((team) => team.latest).filter((check): check is CheckFigures => check !== null);
      return {
        unit,
        teams: members.length,
        overall: pooledFigure(
          checks.map((check) => ({ score: check.overall, voters: check.voters })),
          policy,
        ),
        statements: Object.fromEntries(
          statementIds.map((id) => [
            id,
            pooledFigure(
              checks.flatMap((check) => check.statements.filter((statement) => statement.id === id)),
              policy,
            ),
          ]),
        ),
      };
    });
}

/** Shown figures pooled, voter-weighted, and the pool held to the threshold: every group figure, and the organisation's months. */
export function pooledFigure(figures: readonly { score: number | null; voters: number }[], policy: AnonymityPolicy): GroupFigure {
  const shown = figures.filter((figure) => figure.score !== null && canShowResult(figure.voters, policy));
  const voters = shown.reduce((sum, figure) => sum + figure.voters, 0);
  const leftOut = figures.length - shown.length;
  if (shown.length === 0) return { score: null, teams: 0, voters: 0, leftOut, withheld: 'nothing-shown' };
  if (!canShowResult(voters, policy)) return { score: null, teams: shown.length, voters, leftOut, withheld: 'below-threshold' };
  const score = roundToTenth(shown.reduce((sum, figure) => sum + figure.score! * figure.voters, 0) / voters);
  return { score, teams: shown.length, voters, leftOut, withheld: null };
}
