/**
 * Every text the tab shows or announces, in one place so that a later i18n step can swap
 * this module for per-locale catalogues without touching components.
 *
 * Texts that take values are functions; keep word order inside them (not in components),
 * since other languages put the number or name elsewhere.
 */

const locale = 'en-US';
const scoreFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const plural = new Intl.PluralRules(locale);
/** Due dates are calendar days (YYYY-MM-DD): formatted in UTC so no time zone shifts the day. */
const dueDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

/** Picks the form for `count` by the language's plural rules ("1 rating", "2 ratings"). */
function byCount(count: number, forms: { one: string; other: string }): string {
  return plural.select(count) === 'one' ? forms.one : forms.other;
}

function formatDueDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dueDateFormat.format(time);
}

export const strings = {
  appName: 'Customer Pulse',

  boot: {
    connecting: 'Connecting to Microsoft Teams…',
    failedTitle: 'Customer Pulse could not start',
    notInTeams: 'Customer Pulse runs inside Microsoft Teams. Open it from a Teams meeting.',
    initializeTimedOut: 'Microsoft Teams did not answer in time.',
    initializeFailed: (reason: string) => `Microsoft Teams could not start the app: ${reason}`,
    contextFailed: (reason: string) => `Microsoft Teams did not tell the app where it runs: ${reason}`,
    reload: 'Reload',
  },

  config: {
    title: 'Add Customer Pulse to this meeting',
    description:
      'Customer Pulse runs a short, anonymous customer-obsession health check in the meeting side panel: everyone rates three statements and answers four open questions.',
    saveHint: 'Select Save to add the tab. You start a check from the side panel during the meeting.',
    notSupported: 'This Teams client cannot configure tabs.',
    saveFailed: (reason: string) => `The tab could not be saved: ${reason}`,
  },

  scope: {
    noMeeting: 'Open Customer Pulse from a meeting side panel to run a check.',
    noTeam: 'Customer Pulse could not tell which team this meeting belongs to.',
  },

  errors: {
    network: 'The Customer Pulse service could not be reached. Check your connection and try again.',
    timeout: 'The Customer Pulse service took too long to answer. Try again.',
    unexpectedResponse: 'The Customer Pulse service sent an answer the app does not understand.',
    httpStatus: (status: number) => `The Customer Pulse service answered with an error (HTTP ${status}).`,
    signIn: (reason: string) => `Teams could not sign you in to Customer Pulse: ${reason}`,
    unknown: 'Something went wrong.',
  },

  common: {
    retry: 'Try again',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    loading: 'Loading…',
  },

  start: {
    title: 'Customer obsession health check',
    explanation:
      'How customer-obsessed is your team? Start a short check: everyone in the meeting rates three statements and answers four open questions from this panel. Votes and answers are anonymous.',
    facilitatorNote:
      'Whoever starts the check facilitates it: reveals the results, runs the timer and closes the check. The role can be handed over.',
    startButton: 'Start customer obsession check',
    starting: 'Starting…',
    startFailed: (reason: string) => `The check could not be started: ${reason}`,
    noTemplate: 'The Customer Pulse service offers no check to start.',
    waitingForOthers: 'When someone starts a check, it appears here.',
    lookupFailed: (reason: string) => `Could not look for a started check: ${reason} Trying again…`,
    loadFailed: (reason: string) => `Could not load the meeting's check: ${reason}`,
  },

  check: {
    openBadge: 'Open',
    closedBadge: 'Closed',
    facilitatorBadge: 'You facilitate',
    facilitatedBy: (name: string) => `Facilitated by ${name}`,
    closedTitle: 'This check is closed',
    closedBody: 'Ratings and answers can no longer change. The results below are final.',
  },

  close: {
    button: 'Close check',
    dialogTitle: 'Close this check?',
    dialogBody:
      'Everyone sees the final results, and nobody can change ratings or add answers any more. This cannot be undone.',
    confirm: 'Close check for everyone',
    closing: 'Closing…',
    failed: (reason: string) => `The check could not be closed: ${reason}`,
  },

  rating: {
    heading: 'Rate the statements',
    intro: 'How much do you agree? Your ratings are anonymous and you can change them until the check closes.',
    scaleHint: '👎 strongly disagree … 👍 strongly agree',
    /** Visible labels, by rating value 1–5. */
    emoji: { 1: '👎', 2: '🙁', 3: '😐', 4: '🙂', 5: '👍' },
    /** Accessible names, by rating value 1–5. */
    names: {
      1: '1 – Strongly disagree',
      2: '2 – Disagree',
      3: '3 – Neutral',
      4: '4 – Agree',
      5: '5 – Strongly agree',
    },
    saveFailed: (reason: string) => `Your rating was not saved: ${reason}`,
  },

  questions: {
    heading: 'Open questions',
    anonymous: 'Answers are anonymous: nobody sees who wrote them.',
    addButton: 'Add answer',
    addButtonLabel: (question: string) => `Add answer to: ${question}`,
    adding: 'Adding…',
    added: 'Answer added',
    addFailed: (reason: string) => `Your answer was not added: ${reason}`,
    counter: (length: number, max: number) => `${length} / ${max} characters`,
  },

  results: {
    heading: 'Results',
    overallLabel: 'Overall score',
    overallOutOf: '/ 100',
    overallHidden: 'The overall score appears once a statement has enough ratings.',
    peopleRated: (count: number) =>
      byCount(count, { one: `${count} person has rated`, other: `${count} people have rated` }),
    /** How many of those who opened the check rated at least one statement. */
    participation: (voters: number, participants: number) =>
      byCount(voters, {
        one: `${voters} of ${participants} has rated`,
        other: `${voters} of ${participants} have rated`,
      }),
    notRevealed: 'Results appear when the facilitator reveals them.',
    answerCount: (count: number) => byCount(count, { one: `${count} answer so far`, other: `${count} answers so far` }),
    statementScore: (score: number) => `Score ${scoreFormat.format(score)} / 100`,
    statementVoters: (count: number) => byCount(count, { one: `${count} rating`, other: `${count} ratings` }),
    hidden: (threshold: number) =>
      `Results stay hidden until at least ${threshold} people have rated this statement, to keep votes anonymous.`,
    distributionLabel: (ratingName: string, count: number, voters: number) =>
      `${ratingName}: ${count} of ${voters}`,
    answersHeading: 'Answers',
    noAnswers: 'No answers yet.',
    loadFailed: (reason: string) => `Results could not be updated: ${reason} Trying again…`,
    formatScore: (score: number) => scoreFormat.format(score),
  },

  facilitation: {
    heading: 'Facilitator controls',
    reveal: 'Reveal results',
    revealFailed: (reason: string) => `The results could not be revealed: ${reason}`,
    timerGroup: 'Timer',
    /** Visible text of a timer preset button, by minutes. */
    timerPreset: (minutes: number) => `${minutes} min`,
    /** Accessible name of a timer preset button; it contains the visible text. */
    timerPresetLabel: (minutes: number) => `Start ${minutes} min timer`,
    addMinute: 'Add 1 minute',
    stopTimer: 'Stop timer',
    timerFailed: (reason: string) => `The timer could not be changed: ${reason}`,
    handoverPending: (name: string) => `Waiting for ${name} to take over facilitation.`,
  },

  timer: {
    label: 'Timer',
    /** `time` is already formatted, e.g. "4:59". */
    timeLeft: (time: string) => `Time left ${time}`,
    oneMinuteLeft: '1 minute left',
    timeIsUp: 'Time is up',
  },

  handover: {
    button: 'Hand over',
    dialogTitle: 'Hand over facilitation',
    dialogBody: 'Choose who facilitates next. They take over once they accept in their panel.',
    listLabel: 'People in this check',
    none: 'Nobody else has opened this check yet. Once others open it in their side panel, you can hand over to them.',
    loadFailed: (reason: string) => `Could not load who is in this check: ${reason}`,
    confirm: 'Offer facilitator role',
    offerFailed: (reason: string) => `The facilitator role could not be offered: ${reason}`,
    offerToMe: (facilitatorName: string | undefined) =>
      facilitatorName ? `${facilitatorName} offers you the facilitator role` : 'You are offered the facilitator role',
    accept: 'Take over facilitation',
    acceptFailed: (reason: string) => `You could not take over facilitation: ${reason}`,
  },

  join: {
    failed: (reason: string) =>
      `You could not be counted as a participant of this check: ${reason} You can still rate and answer.`,
  },

  stageShare: {
    button: 'Share to stage',
    shared: 'The results are shared to the meeting stage.',
    noPermission: 'Teams does not allow you to share to the meeting stage in this meeting.',
    failed: (reason: string) => `The results could not be shared to the stage: ${reason}`,
  },

  openActions: {
    heading: 'Open actions from earlier checks',
    owner: (owner: string) => `Owner: ${owner}`,
    due: (isoDate: string) => `Due ${formatDueDate(isoDate)}`,
    overdue: 'Overdue',
    markDone: 'Mark done',
    markDoneLabel: (text: string) => `Mark done: ${text}`,
    markedDone: (text: string) => `Marked done: ${text}`,
    allDone: 'All open actions are done.',
    markFailed: (reason: string) => `The action could not be marked done: ${reason}`,
  },

  makeAction: {
    button: 'Make action',
    buttonLabel: (answer: string) => `Make action: ${answer}`,
    dialogTitle: 'Make this answer an action',
    owner: 'Owner',
    ownerHint: 'Who takes care of it.',
    ownerRequired: 'Enter who owns this action.',
    dueDate: 'Due date',
    dueDateRequired: 'Choose a due date.',
    save: 'Save action',
    badge: 'Action',
    failed: (reason: string) => `The action could not be saved: ${reason}`,
  },

  stage: {
    regionLabel: 'Results on stage',
    noCheck: 'There is no open check in this meeting yet. Start one from the Customer Pulse side panel.',
    loadFailed: (reason: string) => `The check could not be loaded: ${reason} Trying again…`,
    answersHeading: 'Answers',
    overall: (score: number) => `Overall score ${scoreFormat.format(score)} / 100`,
    /** Before the statement's score, which is shown large, then "/ 100". */
    scoreLabel: 'Score',
    closedBadge: 'Closed',
  },
} as const;
