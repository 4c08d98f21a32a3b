/**
 * The heat map as a table, its equivalent for screen readers and for anyone who reads numbers
 * rather than colours: a row per loaded team, a column per statement (its full text, where the
 * chart has room only for "S1"), each cell the text the chart's cell shows, and a hidden
 * figure said in words rather than as a dash.
 */
import { makeStyles, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { CaptionedTable } from '../shared/CaptionedTable.tsx';
import type { HeatMapTableRow } from './heatMapExport.ts';

const useStyles = makeStyles({
  // Room for a name and a statement's text to wrap in; the table scrolls sideways beyond.
  team: { minWidth: '8rem' },
  statement: { minWidth: '9rem' },
  figure: { whiteSpace: 'nowrap' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface HeatMapTableProps {
  readonly rows: readonly HeatMapTableRow[];
  /** The columns, in the chart's order. */
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
}

export function HeatMapTable({ rows, statementIds, texts }: HeatMapTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <CaptionedTable caption={t('leadership.heatTableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>
            <div className={styles.team}>{t('leadership.teamColumn')}</div>
          </TableHeaderCell>
          {statementIds.map((id, index) => (
            <TableHeaderCell key={id}>
              <div className={styles.statement}>
                {t('leadership.heatStatement', { number: index + 1 })}: {texts.statement(id)}
              </div>
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.teamId}>
            <TableCell>{row.name}</TableCell>
            {row.checked ? (
              statementIds.map((id) => {
                const cell = row.cells.get(id);
                return (
                  <TableCell key={id}>
                    {!cell ? (
                      <Text className={styles.secondary}>{t('leadership.heatNotAsked')}</Text>
                    ) : cell.score === null ? (
                      <Text className={styles.secondary}>{t('leadership.groupWithheld')}</Text>
                    ) : (
                      <span className={styles.figure}>{cell.text}</span>
                    )}
                  </TableCell>
                );
              })
            ) : (
              <TableCell colSpan={statementIds.length}>
                <Text className={styles.secondary}>{t('leadership.noCheck')}</Text>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </CaptionedTable>
  );
}
