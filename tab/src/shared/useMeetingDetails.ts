/**
 * What Teams says about the running meeting (occurrence, title), asked once per frame;
 * undefined until Teams answered, and not asked at all where `wanted` is false.
 */
import { useEffect, useState } from 'react';
import { getMeetingDetails, type MeetingDetails } from '../teams/meetingDetails.ts';

export function useMeetingDetails(wanted = true): MeetingDetails | undefined {
  const [details, setDetails] = useState<MeetingDetails>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void getMeetingDetails().then((answer) => {
      if (current) setDetails(answer);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return details;
}
