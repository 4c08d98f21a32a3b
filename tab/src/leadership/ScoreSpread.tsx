/**
 * The spread of team scores per statement (GET /api/scores `spread`): over every team that
 * matches the filters, not only the loaded rows, how far apart the teams are — a flat box plot
 * per statement with its numbers written out beside it, the same as a table behind "Show as
 * table", and as CSV. The API counts shown figures only (api/src/domain/statementSpread.ts),
 * so a hidden figure is in none of these numbers.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Leadership } from '../api/client.ts';
import { ExportButton } from '../history/ExportButton.tsx';
import { csvBlob, csvFileName } from '../history/csvDownload.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { ChartOrTable } from '../shared/ChartOrTable.tsx';
import { stackedList } from '../shared/pageStyles.ts';
import { LeadershipSection } from './LeadershipSection.tsx';
import { SpreadBar } from './SpreadBar.tsx';
import { SpreadTable } from './SpreadTable.tsx';
import { isShown, spreadCsvRows, statementSpreadRows, type StatementSpreadRow } from './statementSpreads.ts';

const useStyles = makeStyles({
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: stackedList(tokens.spacingVerticalM),
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: 'anywhere' },
  scale: { display: 'flex', justifyContent: 'space-between', color: tokens.colorNeutralForeground2 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface ScoreSpreadProps {
  readonly spread: Leadership['spread'];
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
}

export function ScoreSpread({ spread, statementIds, texts }: ScoreSpreadProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => statementSpreadRows(spread, statementIds, texts), [spread, statementIds, texts]);
  if (rows.length === 0) return null;
  return (
    <LeadershipSection heading={t('leadership.spreadHeading')} intro={t('leadership.spreadIntro')}>
      <ChartOrTable switchLabel={t('leadership.showAsTable')} chart={<SpreadBars rows={rows} />} table={<SpreadTable rows={rows} />} />
      <ExportButton fetchCsv={async () => csvBlob(spreadCsvRows(rows))} fileName={csvFileName('spread-by-statement')} />
    </LeadershipSection>
  );
}

function SpreadBars({ rows }: { readonly rows: readonly StatementSpreadRow[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={styles.bars}>
      {/* The scale, once for every bar: each runs from 0 to 100. */}
      <div className={styles.scale} aria-hidden>
        <Text size={200}>{format.int(0)}</Text>
        <Text size={200}>{format.int(50)}</Text>
        <Text size={200}>{format.int(100)}</Text>
      </div>
      <ul className={styles.list}>
        {rows.map(({ statementId, statement, spread }) => (
          <li key={statementId} className={styles.item}>
            <Text weight="semibold">{statement}</Text>
            {isShown(spread) ? (
              <>
                <SpreadBar spread={spread} />
                <Text size={200}>
                  {t('leadership.spreadSummary', {
                    median: spread.median,
                    lower: spread.lowerQuartile,
                    upper: spread.upperQuartile,
                    min: spread.min,
                    max: spread.max,
                  })}
                </Text>
                <Text size={200} className={styles.secondary}>
                  {t('leadership.teamsInGroup', { count: spread.teams })}
                </Text>
              </>
            ) : (
              <Text size={200} className={styles.secondary}>
                {t('leadership.spreadNone')}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
