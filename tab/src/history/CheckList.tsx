/**
 * Every check of the period, newest first, as an accordion: the header tells title, day,
 * overall score and trend; opening a check shows who rated, each statement with its interval
 * and trend, and the check's answers, loaded only then. The latest closed check also tells its
 * trends over the team's last checks, beside the trends against the check before.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { CheckWindowTrends, TeamCheckScores } from '../api/client.ts';
import { ScoreValue } from '../scores/ScoreValue.tsx';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { TrendBadge } from '../scores/TrendBadge.tsx';
import { WindowTrendText } from '../scores/WindowTrendText.tsx';
import { stackedList, usePageStyles } from '../shared/pageStyles.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { shownCheckTitle } from '../i18n/titleWithoutDate.ts';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  headerTitle: { minWidth: 0 },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    minWidth: 0,
  },
  statements: stackedList(tokens.spacingVerticalS),
  statement: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface CheckListProps {
  /** Newest first, as the API sends them. */
  readonly checks: readonly TeamCheckScores[];
  readonly texts: TemplateTexts;
  /** The API's trends over the team's last checks, shown with the check they end with. */
  readonly windowTrends?: CheckWindowTrends | null;
}

export function CheckList({ checks, texts, windowTrends }: CheckListProps) {
  const page = usePageStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('history.checksHeading')}
      </Text>
      <Accordion multiple collapsible>
        {checks.map((check) => (
          <CheckItem
            key={check.id}
            check={check}
            texts={texts}
            windowTrends={windowTrends?.sessionId === check.id ? windowTrends : undefined}
          />
        ))}
      </Accordion>
    </section>
  );
}

function CheckItem({
  check,
  texts,
  windowTrends,
}: {
  check: TeamCheckScores;
  texts: TemplateTexts;
  windowTrends?: CheckWindowTrends;
}) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const closed = check.state === 'closed';
  const statementIds = texts.statementOrder(check.statements.map((statement) => statement.id));
  return (
    <AccordionItem value={check.id} className={styles.item}>
      <AccordionHeader as="h3" expandIconPosition="end">
        <span className={styles.header}>
          <span className={styles.headerTitle}>
            {t('history.checkHeader', { title: shownCheckTitle(t, check), date: check.createdAt })}
          </span>
          {closed ? (
            check.overall !== null && <Text weight="semibold">{t('scores.outOf', { score: check.overall })}</Text>
          ) : (
            <Badge appearance="outline" color="informative">
              {t('history.openCheck')}
            </Badge>
          )}
          <TrendBadge trend={check.trend} />
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          {!closed ? (
            <Text>{t('history.openCheckNote')}</Text>
          ) : (
            <>
              <Text>{t('history.participation', { voters: check.voters, count: check.participants })}</Text>
              <Text size={200} className={styles.secondary}>
                {t('history.templateVersion', { version: check.templateVersion })}
              </Text>
              {check.comparedWith?.templateChanged && (
                <Text>{t('history.templateChanged', { count: check.comparedWith.sameStatements.length })}</Text>
              )}
              <div className={styles.line}>
                <Text weight="semibold">{t('history.overallLabel')}</Text>
                <ScoreValue score={check.overall} interval={check.overallInterval} />
                <TrendBadge trend={check.trend} />
              </div>
              {windowTrends && <WindowTrendText trend={windowTrends.overall} showNone />}
              <Text as="h4" weight="semibold" className={page.heading}>
                {t('history.statementsHeading')}
              </Text>
              <ul className={styles.statements}>
                {statementIds.map((id) => {
                  const statement = check.statements.find((s) => s.id === id);
                  return (
                    <li key={id} className={styles.statement}>
                      <Text>{texts.statement(id, check.templateId)}</Text>
                      <div className={styles.line}>
                        <ScoreValue score={statement?.score ?? null} interval={statement?.interval ?? null} />
                        <TrendBadge trend={statement?.trend ?? null} />
                        <Text size={200} className={styles.secondary}>
                          {t('results.statementVoters', { count: statement?.voters ?? 0 })}
                        </Text>
                      </div>
                      {windowTrends && <WindowTrendText trend={windowTrends.statements[id]} showInterval={false} />}
                    </li>
                  );
                })}
              </ul>
              <CheckAnswers sessionId={check.id} templateId={check.templateId} texts={texts} />
            </>
          )}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
