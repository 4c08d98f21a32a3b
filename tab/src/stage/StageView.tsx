/**
 * The check on the meeting stage, for the whole room to read from a distance: title, who
 * rated, the timer, then per statement how the ratings spread and the score, then the
 * answers under their questions. Laid out for Teams' 918 × 540 stage and up; it reads the
 * check the same way the side panel does (results poll, session re-read on change) but
 * never joins it: the stage is a screen, not a participant.
 */
import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { bareList } from '../shared/pageStyles.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Results, Session } from '../api/client.ts';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { Countdown } from '../check/Countdown.tsx';
import { heldBackNotice } from '../check/heldBackNotice.ts';
import { useLiveCheck } from '../check/useLiveCheck.ts';
import { localizeSession } from '../i18n/templateTexts.ts';
import { titleWithoutDate } from '../i18n/titleWithoutDate.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { StageAnswers } from './StageAnswers.tsx';
import { useRatingScale } from '../sidePanel/rating/useRatingScale.ts';
import { StageStatement } from './StageStatement.tsx';
import { useStageSession } from './useStageSession.ts';

const useStyles = makeStyles({
  stage: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  centered: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    minHeight: '100vh',
    padding: tokens.spacingHorizontalXXL,
  },
  message: { maxWidth: '40rem' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  // Who rated and the score on the left, the countdown on the right: the two things the
  // room glances at while the discussion runs.
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
  },
  participation: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  // The overall score is the headline: the largest figure on the stage.
  overall: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, margin: 0 },
  overallValue: {
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: 'tabular-nums',
  },
  overallLabel: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  timer: { marginInlineStart: 'auto' },
  region: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  notRevealed: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  statements: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    ...bareList,
  },
  answerCount: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

export interface StageViewProps {
  /** From the stage address; absent when Teams opened the stage without naming a check. */
  readonly sessionId?: string;
  readonly meetingId?: string;
}

export function StageView({ sessionId, meetingId }: StageViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { state, replaceSession } = useStageSession(sessionId, meetingId);
  useReportFirstScreen(state.status !== 'loading');

  switch (state.status) {
    case 'loading':
      return (
        <main className={styles.centered}>
          <Spinner size="large" label={t('common.loading')} />
        </main>
      );
    case 'none':
    case 'failed':
      return (
        <main className={styles.centered}>
          <MessageBar
            intent={state.status === 'failed' ? 'warning' : 'info'}
            layout="multiline"
            className={styles.message}
          >
            <MessageBarBody>
              {state.status === 'failed' ? t('stage.loadFailed', { reason: state.message }) : t('stage.noCheck')}
            </MessageBarBody>
          </MessageBar>
        </main>
      );
    case 'found':
      return <StageCheck key={state.session.id} session={state.session} onSessionChange={replaceSession} />;
  }
}

function StageCheck({ session, onSessionChange }: { session: Session; onSessionChange: (session: Session) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { clock, live, closed } = useLiveCheck(session, onSessionChange);
  const { results, error } = live;
  // Ids stay the API's; only the texts shown are in this screen's language.
  const localized = useMemo(() => localizeSession(t, session), [t, session]);
  const format = useFormat();


  return (
    <main className={styles.stage}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" className={styles.title}>
          {/* The day once, in the room's language: the API's ISO day is left off the name. */}
          {titleWithoutDate(localized.title, session.createdAt)} · {format.checkDate(session.createdAt)}
        </Text>
        <div className={styles.meta}>
          {results && (
            <Text weight="semibold" className={styles.participation}>
              {t('results.participation', { count: results.voters, participants: results.participants })}
            </Text>
          )}
          {results?.revealed && results.overall !== null && <OverallHeadline score={results.overall} />}
          {closed && (
            <Badge appearance="tint" color="informative" size="large">
              {t('stage.closedBadge')}
            </Badge>
          )}
          {session.timer && !closed && (
            <div className={styles.timer}>
              <Countdown timer={session.timer} clock={clock} size="stage" />
            </div>
          )}
        </div>
      </header>
      <section aria-label={t('stage.regionLabel')} className={styles.region}>
        {error && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('results.loadFailed', { reason: error })}</MessageBarBody>
          </MessageBar>
        )}
        {!results ? (
          !error && <Spinner size="large" label={t('common.loading')} />
        ) : (
          <StageResults session={localized} results={results} />
        )}
      </section>
    </main>
  );
}

function OverallHeadline({ score }: { score: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // Spaced text nodes, so it also reads (and matches) as "Overall score 66.7 / 100".
    <p className={styles.overall}>
      <span className={styles.overallLabel}>{t('stage.overallLabel')}</span>{' '}
      <span className={styles.overallValue}>{format.score(score)}</span>{' '}
      <span className={styles.overallLabel}>{t('results.overallOutOf')}</span>
    </p>
  );
}

type StagePage = 'scores' | 'answers';

/**
 * Scores and answers are two pages, so each fits Teams' 918 × 540 stage without scrolling.
 * Each person's stage turns its own page: Teams renders the shared app for everyone separately.
 */
function StageResults({ session, results }: { session: Session; results: Results }) {
  const { t } = useTranslation();
  const [page, setPage] = useState<StagePage>('scores');
  const shownAnswers = Object.values(results.shownAnswers).reduce((sum, count) => sum + count, 0);
  if (!results.revealed) return <StageScores session={session} results={results} />;
  return (
    <>
      <TabList selectedValue={page} onTabSelect={(_event, data) => setPage(data.value as StagePage)} size="large">
        <Tab value="scores">{t('stage.scoresPage')}</Tab>
        <Tab value="answers">{t('stage.answersPage', { count: shownAnswers })}</Tab>
      </TabList>
      {page === 'scores' ? <StageScores session={session} results={results} /> : <StageAnswersPage session={session} results={results} />}
    </>
  );
}

function StageAnswersPage({ session, results }: { session: Session; results: Results }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const heldAnswers = heldBackNotice(results, 'answers', t);
  return (
    <>
      {heldAnswers && (
        <Text as="p" className={styles.notRevealed}>
          {heldAnswers}
        </Text>
      )}
      <StageAnswers sessionId={session.id} questions={session.questions} shown={results.shownAnswers} />
    </>
  );
}

function StageScores({ session, results }: { session: Session; results: Results }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const scale = useRatingScale(session);
  const heldRatings = heldBackNotice(results, 'ratings', t);
  return (
    <>
      {!results.revealed && (
        <Text as="p" className={styles.notRevealed}>
          {t('results.notRevealed')}
        </Text>
      )}
      {heldRatings && (
        <Text as="p" className={styles.notRevealed}>
          {heldRatings}
        </Text>
      )}
      <ul className={styles.statements}>
        {session.statements.map((statement) => (
          <StageStatement
            key={statement.id}
            statementText={statement.text}
            result={results.statements.find((result) => result.id === statement.id)}
            revealed={results.revealed}
            anonymityThreshold={results.anonymityThreshold}
            scale={scale}
          />
        ))}
      </ul>
      {!results.revealed && <Text className={styles.answerCount}>{t('results.answerCount', { count: results.answerCount })}</Text>}
    </>
  );
}
