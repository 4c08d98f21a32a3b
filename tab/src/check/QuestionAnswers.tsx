/**
 * One question's shown answers, without authors, read a page at a time (useShownAnswers): the
 * question's heading, the answers read so far or a line saying there are none, then "Show more".
 * The side panel, the stage and the history differ only in their heading, their styles and how
 * one answer is drawn.
 */
import { Text } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type { Answer } from '../api/client.ts';
import { ShowMoreAnswers } from './ShowMoreAnswers.tsx';
import { useShownAnswers } from './useShownAnswers.ts';

export interface QuestionAnswersProps {
  readonly sessionId: string;
  readonly questionId: string;
  /** How many answers the question may show (the results' `shownAnswers`). */
  readonly shown: number;
  readonly pageSize: number;
  readonly heading: ReactNode;
  /** The line shown when the question has no answers. */
  readonly noAnswers: string;
  readonly classes: { readonly question: string; readonly list: string; readonly none: string };
  readonly moreSize?: 'small' | 'medium' | 'large';
  /** One answer, as an `<li>`. */
  readonly renderAnswer: (answer: Answer) => ReactNode;
}

export function QuestionAnswers(props: QuestionAnswersProps) {
  const { sessionId, questionId, shown, pageSize, heading, noAnswers, classes, moreSize, renderAnswer } = props;
  const answers = useShownAnswers(sessionId, questionId, shown, pageSize);
  const read = answers.state.status === 'loaded' ? answers.state.data : [];
  return (
    <div className={classes.question}>
      {heading}
      {shown === 0 ? (
        <Text className={classes.none}>{noAnswers}</Text>
      ) : (
        // A plain list: answers are text to read, not items to navigate or select, which is
        // what Fluent's List (arrow-key navigation) is for.
        <ul className={classes.list}>
          {read.map((answer) => (
            <Fragment key={answer.id}>{renderAnswer(answer)}</Fragment>
          ))}
        </ul>
      )}
      <ShowMoreAnswers answers={answers} size={moreSize} />
    </div>
  );
}
