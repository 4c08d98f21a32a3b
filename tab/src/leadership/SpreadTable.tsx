/**
 * The spread of team scores per statement as a table: the bars' table equivalent, one row per
 * statement with its team count, lowest, quartiles, median and highest.
 */
import { makeStyles, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { CaptionedTable } from '../shared/CaptionedTable.tsx';
import { isShown, type StatementSpreadRow } from './statementSpreads.ts';

const useStyles = makeStyles({
  statement: { minWidth: '10rem' },
  figure: { whiteSpace: 'nowrap' },
});

export function SpreadTable({ rows }: { readonly rows: readonly StatementSpreadRow[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const figureColumns = [
    t('leadership.spreadMin'),
    t('leadership.spreadLowerQuartile'),
    t('leadership.spreadMedian'),
    t('leadership.spreadUpperQuartile'),
    t('leadership.spreadMax'),
  ];
  return (
    <CaptionedTable caption={t('leadership.spreadTableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>
            <div className={styles.statement}>{t('leadership.statementLabel')}</div>
          </TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t('leadership.spreadTeamsColumn')}</TableHeaderCell>
          {figureColumns.map((name) => (
            <TableHeaderCell key={name} className={styles.figure}>
              {name}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ statementId, statement, spread }) => (
          <TableRow key={statementId}>
            <TableCell>{statement}</TableCell>
            <TableCell className={styles.figure}>{format.int(spread.teams)}</TableCell>
            {isShown(spread) ? (
              [spread.min, spread.lowerQuartile, spread.median, spread.upperQuartile, spread.max].map((value, index) => (
                <TableCell key={index} className={styles.figure}>
                  {format.score(value)}
                </TableCell>
              ))
            ) : (
              <TableCell colSpan={figureColumns.length}>{t('leadership.spreadNone')}</TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </CaptionedTable>
  );
}
