/**
 * The teams side by side: a Fluent DataGrid with sortable column headers. Without a pillar
 * it shows each team's overall score and change, then every statement; with a pillar, the
 * pillar's statements only (the API filters them). Each score carries its interval and, for
 * statements, its change in words, against the previous check and over the team's last checks
 * ("Rising since Sep 14, 2026: +19.7, beyond noise"). The grid scrolls sideways inside its own box when it is
 * wider than the tab; the page itself never does.
 */
import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Translate } from '../i18n/translator.ts';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Leadership, TeamCheckScores } from '../api/client.ts';
import type { Formatters } from '../i18n/format.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { ScoreValue } from '../scores/ScoreValue.tsx';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { TrendBadge } from '../scores/TrendBadge.tsx';
import { WindowTrendText } from '../scores/WindowTrendText.tsx';
import { SidewaysScroller } from '../shared/SidewaysScroller.tsx';
import { namedTeams, type NamedTeam } from './namedTeams.ts';

type TeamRow = NamedTeam;

const useStyles = makeStyles({
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // Every column keeps room for its content; more columns than fit scroll inside the box.
  narrow: { minWidth: '5rem' },
  medium: { minWidth: '8rem' },
  wide: { minWidth: '10rem' },
  header: { paddingBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground2 },
  // Nothing in this grid is picked, so a row needs no hover fill; in Teams' high-contrast theme
  // that fill is cyan while secondary text stays white, which would make a hovered row unreadable.
  bodyRow: {
    ':hover': { backgroundColor: 'transparent' },
    ':active': { backgroundColor: 'transparent' },
  },
});

/** The order the API sorted by: a column id of the grid (`team`, `overall`, `statement:<id>`, …). */
export interface LeadershipSortState {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

export interface LeadershipGridProps {
  readonly teams: Leadership['teams'];
  readonly texts: TemplateTexts;
  /** A pillar filter is on: the overall score (of all statements) is left out. */
  readonly pillarSelected: boolean;
  /** Every statement the matching teams show, over all pages: the columns stay as pages load. */
  readonly statementIds: readonly string[];
  /** The API sorts (over every page, not only the loaded ones): a header click asks it to. */
  readonly sort: LeadershipSortState;
  readonly onSortChange: (sort: LeadershipSortState) => void;
  /** The teams' organisational units are shown (grouped, or some team has one). */
  readonly showUnit: boolean;
}

export function LeadershipGrid({ teams, texts, pillarSelected, statementIds: shownStatements, sort, onSortChange, showUnit }: LeadershipGridProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => namedTeams(teams, t), [teams, t]);
  const statementIds = useMemo(() => texts.statementOrder(shownStatements), [shownStatements, texts]);
  const columns = useMemo(() => {
    const all = columnsFor(statementIds, texts, pillarSelected, styles, t, format);
    const unit = createTableColumn<TeamRow>({
      columnId: 'unit',
      renderHeaderCell: () => t('leadership.unitColumn'),
      renderCell: (row) => <Text>{row.unit ?? t('leadership.noUnit')}</Text>,
    });
    return [all[0]!, ...(showUnit ? [unit] : []), ...all.slice(1)].map((column) => ({ ...column, compare: keepApiOrder }));
  }, [statementIds, texts, pillarSelected, showUnit, styles, t, format]);

  return (
    <SidewaysScroller label={t('leadership.gridLabel')}>
      <DataGrid
        items={rows}
        columns={columns}
        getRowId={(row: TeamRow) => row.teamId}
        sortable
        sortState={{ sortColumn: sort.column, sortDirection: sort.direction === 'asc' ? 'ascending' : 'descending' }}
        onSortChange={(_event, next) =>
          onSortChange({ column: String(next.sortColumn ?? 'team'), direction: next.sortDirection === 'descending' ? 'desc' : 'asc' })
        }
        aria-label={t('leadership.gridLabel')}
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={mergeClasses(styles[widthOf(columnId)], styles.header)}>
                {renderHeaderCell()}
              </DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<TeamRow>>
          {({ item, rowId }) => (
            <DataGridRow<TeamRow> key={rowId} className={styles.bodyRow}>
              {({ renderCell, columnId }) => (
                <DataGridCell className={styles[widthOf(columnId)]}>{renderCell(item)}</DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </SidewaysScroller>
  );
}

type Styles = ReturnType<typeof useStyles>;

/**
 * The rows come sorted from the API, over all pages; the grid keeps their order. Two declared
 * parameters: Fluent takes a column as sortable by its compare function's arity.
 */
const keepApiOrder = (_a: TeamRow, _b: TeamRow) => 0;

function columnsFor(
  statementIds: readonly string[],
  texts: TemplateTexts,
  pillarSelected: boolean,
  styles: Styles,
  t: Translate,
  format: Formatters,
): TableColumnDefinition<TeamRow>[] {
  const noCheck = (
    <Text size={200} className={styles.secondary}>
      {t('leadership.noCheck')}
    </Text>
  );
  const team = createTableColumn<TeamRow>({
    columnId: 'team',
    renderHeaderCell: () => t('leadership.teamColumn'),
    renderCell: (row) => (
      <div className={styles.cell}>
        <Text weight="semibold">{row.name}</Text>
      </div>
    ),
  });
  const overall = createTableColumn<TeamRow>({
    columnId: 'overall',
    renderHeaderCell: () => t('leadership.overallColumn'),
    renderCell: (row) =>
      row.latest ? (
        <div className={styles.cell}>
          <ScoreValue score={row.latest.overall} interval={row.latest.overallInterval} size="small" />
        </div>
      ) : (
        noCheck
      ),
  });
  const change = createTableColumn<TeamRow>({
    columnId: 'trend',
    renderHeaderCell: () => t('leadership.trendColumn'),
    renderCell: (row) => (
      <div className={styles.cell}>
        <TrendBadge trend={row.latest?.trend ?? null} showNone={row.latest !== null} />
        <WindowTrendText trend={row.windowTrends?.overall} showInterval={false} />
      </div>
    ),
  });
  const statements = statementIds.map((id) =>
    createTableColumn<TeamRow>({
      columnId: `statement:${id}`,
      renderHeaderCell: () => texts.statement(id),
      renderCell: (row) => {
        if (!row.latest) return noCheck;
        const statement = statementOf(row.latest, id);
        return (
          <div className={styles.cell}>
            <ScoreValue score={statement?.score ?? null} interval={statement?.interval ?? null} size="small" />
            <TrendBadge trend={statement?.trend ?? null} />
            <WindowTrendText trend={row.windowTrends?.statements[id]} showInterval={false} />
          </div>
        );
      },
    }),
  );
  const rated = createTableColumn<TeamRow>({
    columnId: 'rated',
    renderHeaderCell: () => t('leadership.participationColumn'),
    renderCell: (row) =>
      row.latest ? (
        <Text>{t('leadership.participation', { voters: row.latest.voters, participants: row.latest.participants })}</Text>
      ) : (
        noCheck
      ),
  });
  const latestCheck = createTableColumn<TeamRow>({
    columnId: 'latest',
    renderHeaderCell: () => t('leadership.lastCheckColumn'),
    renderCell: (row) => (row.latest ? <Text>{format.checkDate(row.latest.createdAt)}</Text> : noCheck),
  });
  const checks = createTableColumn<TeamRow>({
    columnId: 'checks',
    renderHeaderCell: () => t('leadership.checksColumn'),
    renderCell: (row) => <Text>{format.int(row.checks)}</Text>,
  });
  return [team, ...(pillarSelected ? [] : [overall, change]), ...statements, rated, latestCheck, checks];
}

function widthOf(columnId: string | number): 'narrow' | 'medium' | 'wide' {
  if (columnId === 'team' || String(columnId).startsWith('statement:')) return 'wide';
  return columnId === 'rated' || columnId === 'checks' ? 'narrow' : 'medium';
}

function statementOf(check: TeamCheckScores | null, id: string) {
  return check?.statements.find((statement) => statement.id === id);
}
