/**
 * Each organisational unit's figures over its matching teams (GET /api/scores?groupBy=unit).
 * A unit's figure pools only the shown figures of teams that share: a team whose figure is
 * hidden below the anonymity threshold is left out, and the cell says so, so that the unit's
 * figure minus its teams never gives the hidden one (api/src/domain/leadershipDisclosure.ts).
 * The table scrolls sideways inside its own box at 320 px.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { LeadershipGroup } from '../api/client.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';

const useStyles = makeStyles({
  scroller: {
    boxSizing: 'border-box',
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS, minWidth: '7rem' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface LeadershipGroupsProps {
  readonly groups: readonly LeadershipGroup[];
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
  readonly pillarSelected: boolean;
}

export function LeadershipGroups({ groups, statementIds, texts, pillarSelected }: LeadershipGroupsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = texts.statementOrder(statementIds);
  const figure = (value: LeadershipGroup['overall']) => (
    <div className={styles.cell}>
      {value.score === null ? (
        <Text className={styles.secondary}>{t('leadership.groupWithheld')}</Text>
      ) : (
        <Text weight="semibold">{format.score(value.score)}</Text>
      )}
      {value.score !== null && <Text size={200}>{t('leadership.groupPooled', { count: value.teams })}</Text>}
      {value.leftOut > 0 && (
        <Text size={200} className={styles.secondary}>
          {t('leadership.groupLeftOut', { count: value.leftOut })}
        </Text>
      )}
    </div>
  );
  return (
    <div className={styles.scroller}>
      <Table aria-label={t('leadership.groupsLabel')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('leadership.unitColumn')}</TableHeaderCell>
            {!pillarSelected && <TableHeaderCell>{t('leadership.overallColumn')}</TableHeaderCell>}
            {ordered.map((id) => (
              <TableHeaderCell key={id}>{texts.statement(id)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((group) => (
            <TableRow key={group.unit ?? ''}>
              <TableCell>
                <div className={styles.cell}>
                  <Text weight="semibold">{group.unit ?? t('leadership.noUnit')}</Text>
                  <Text size={200}>{t('leadership.teamsInGroup', { count: group.teams })}</Text>
                </div>
              </TableCell>
              {!pillarSelected && <TableCell>{figure(group.overall)}</TableCell>}
              {ordered.map((id) => (
                <TableCell key={id}>{group.statements[id] ? figure(group.statements[id]) : null}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
