/** The leadership view's teams with the name they are shown by: the grid's rows and the heat map's. */
import type { Leadership } from '../api/client.ts';
import type { Translate } from '../i18n/translator.ts';

export type NamedTeam = Leadership['teams'][number] & { readonly name: string };

export function namedTeams(teams: Leadership['teams'], t: Translate): NamedTeam[] {
  return teams.map((team) => ({ ...team, name: team.teamName ?? t('history.teamFallback', { teamId: team.teamId }) }));
}
