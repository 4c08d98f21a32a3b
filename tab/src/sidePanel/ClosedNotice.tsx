/** Tells everyone the check is over and why the controls no longer respond. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { strings } from '../strings.ts';

export function ClosedNotice() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.check.closedTitle}</MessageBarTitle>
        {strings.check.closedBody}
      </MessageBarBody>
    </MessageBar>
  );
}
