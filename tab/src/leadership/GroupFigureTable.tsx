/**
 * Pooled figures in a table, one row per group of teams: the organisational units
 * (LeadershipGroups) and the organisation's months (OrganisationTrend). A pooled figure holds
 * only shown figures of teams that share: a team whose figure is hidden below the anonymity
 * threshold is left out, and the cell says so, so that a pool minus its teams never gives the
 * hidden one (api/src/domain/leadershipDisclosure.ts). Scrolls sideways in its own box at 320 px.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { LeadershipGroup } from '../api/client.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { SidewaysScroller } from '../shared/SidewaysScroller.tsx';

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS, minWidth: '7rem' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export type GroupFigure = LeadershipGroup['overall'];

export interface GroupFigureRow {
  readonly key: string;
  readonly name: string;
  /** Under the name, e.g. how many teams the row is of. */
  readonly detail: string;
  readonly overall: GroupFigure;
  readonly statements: Readonly<Record<string, GroupFigure>>;
}

export interface GroupFigureTableProps {
  readonly label: string;
  /** The first column's heading. */
  readonly nameColumn: string;
  readonly rows: readonly GroupFigureRow[];
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
  readonly pillarSelected: boolean;
}

export function GroupFigureTable({ label, nameColumn, rows, statementIds, texts, pillarSelected }: GroupFigureTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = texts.statementOrder(statementIds);
  const figure = (value: GroupFigure) => (
    <div className={styles.cell}>
      {value.score === null ? (
        // Withheld because some figure is hidden, or because there was nothing to pool at all.
        <Text className={styles.secondary}>{t(value.withheld === 'nothing-shown' && value.leftOut === 0 ? 'leadership.groupNothing' : 'leadership.groupWithheld')}</Text>
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
    <SidewaysScroller label={label}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{nameColumn}</TableHeaderCell>
            {!pillarSelected && <TableHeaderCell>{t('leadership.overallColumn')}</TableHeaderCell>}
            {ordered.map((id) => (
              <TableHeaderCell key={id}>{texts.statement(id)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>
                <div className={styles.cell}>
                  <Text weight="semibold">{row.name}</Text>
                  <Text size={200}>{row.detail}</Text>
                </div>
              </TableCell>
              {!pillarSelected && <TableCell>{figure(row.overall)}</TableCell>}
              {ordered.map((id) => (
                <TableCell key={id}>{row.statements[id] ? figure(row.statements[id]) : null}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SidewaysScroller>
  );
}
