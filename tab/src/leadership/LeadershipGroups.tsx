/**
 * Each organisational unit's figures over its matching teams (GET /api/scores?groupBy=unit),
 * pooled from shown figures only (GroupFigureTable says what that means for a cell).
 */
import type { LeadershipGroup } from '../api/client.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { GroupFigureTable } from './GroupFigureTable.tsx';

export interface LeadershipGroupsProps {
  readonly groups: readonly LeadershipGroup[];
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
  readonly pillarSelected: boolean;
}

export function LeadershipGroups({ groups, statementIds, texts, pillarSelected }: LeadershipGroupsProps) {
  const { t } = useTranslation();
  const rows = groups.map((group) => ({
    key: group.unit ?? '',
    name: group.unit ?? t('leadership.noUnit'),
    detail: t('leadership.teamsInGroup', { count: group.teams }),
    overall: group.overall,
    statements: group.statements,
  }));
  return (
    <GroupFigureTable
      label={t('leadership.groupsLabel')}
      nameColumn={t('leadership.unitColumn')}
      rows={rows}
      statementIds={statementIds}
      texts={texts}
      pillarSelected={pillarSelected}
    />
  );
}
