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

/** Days of checks: the day the check started, in the user's own time zone. */
const checkDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const shortDateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
const shortDateTimeFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

function formatCheckDate(isoDateTime: string): string {
  const time = Date.parse(isoDateTime);
  return Number.isNaN(time) ? isoDateTime : checkDateFormat.format(time);
}

/** A score range as "59.4–98.9" (en dash, no spaces), the form used everywhere an interval is shown. */
function formatRange(low: number, high: number): string {
  return `${scoreFormat.format(low)}–${scoreFormat.format(high)}`;
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
    viewFailedTitle: 'This part of Customer Pulse could not be loaded',
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

  channelConfig: {
    title: 'Add Customer Pulse history to this channel',
    description:
      'The tab shows how the team’s customer-obsession health checks develop: scores with their uncertainty, trends, participation, actions and answers.',
    teamShown: (name: string | undefined, groupId: string) => `Team shown in this tab: ${name ?? `team ${groupId}`}`,
    saveHint: 'Select Save to add the tab.',
    noTeam: 'Customer Pulse could not tell which team this channel belongs to, so the tab cannot be added here.',
    tabName: 'Customer Pulse history',
  },

  trend: {
    /** Visible arrows are decoration; the word after them carries the meaning. */
    arrow: { up: '↑', down: '↓', 'within-noise': '≈' },
    word: { up: 'Up', down: 'Down', 'within-noise': 'Within noise' },
    none: 'No comparison',
    sincePrevious: 'Since the previous check',
  },

  scores: {
    outOf: (score: number) => `${scoreFormat.format(score)} / 100`,
    /** "95 % interval 59.4–98.9". */
    interval: (low: number, high: number) => `95\u00a0% interval ${formatRange(low, high)}`,
    range: (low: number, high: number) => formatRange(low, high),
    hidden: 'Hidden: too few ratings to keep votes anonymous',
    noInterval: 'No interval',
    help:
      'Each score comes with its 95\u00a0% interval (Student’s t on the individual ratings). With few people rating, the true score may lie anywhere in that range. A change between two checks counts as up or down only when it is larger than that noise; otherwise it is marked “≈ Within noise”.',
    helpLabel: 'About these numbers',
    formatDate: (isoDateTime: string) => formatCheckDate(isoDateTime),
    formatShortDate: (date: Date) => shortDateFormat.format(date),
    formatShortDateTime: (date: Date) => shortDateTimeFormat.format(date),
  },

  history: {
    heading: 'Customer Pulse history',
    teamFallback: (teamId: string) => `Team ${teamId}`,
    noTeam: 'Customer Pulse could not tell which team this tab belongs to. Remove the tab and add it again in the team’s channel.',
    loadFailed: (reason: string) => `The team’s history could not be loaded: ${reason}`,
    noChecks:
      'This team has no closed checks yet. Run a Customer Pulse check in one of the team’s meetings and close it: its results then appear here.',
    period: 'Period',
    periods: { quarter: 'Last 3 months', half: 'Last 6 months', year: 'Last 12 months', all: 'All checks' },
    latestHeading: 'Latest check',
    latestOf: (title: string, isoDateTime: string) => `${title}, ${formatCheckDate(isoDateTime)}`,
    comparedWith: (isoDateTime: string) => `Compared with the check of ${formatCheckDate(isoDateTime)}`,
    firstCheck: 'This is the team’s first closed check in this period, so there is nothing to compare with yet.',
    overallLabel: 'Overall score',
    latestLabel: 'Latest',
    previousLabel: 'Previous',
    statementsHeading: 'Statements',
    unknownStatement: (id: string) => `Statement “${id}”`,
    chartsHeading: 'Over time',
    scoreChartTitle: 'Scores over time',
    overallSeries: 'Overall',
    chartPoint: (series: string, isoDateTime: string, score: number, low?: number, high?: number) =>
      low === undefined || high === undefined
        ? `${series}, ${formatCheckDate(isoDateTime)}: ${scoreFormat.format(score)}`
        : `${series}, ${formatCheckDate(isoDateTime)}: ${scoreFormat.format(score)} (95\u00a0% interval ${formatRange(low, high)})`,
    chartTableHint: 'The same numbers, with their intervals, are listed per check under “Checks”.',
    participationChartTitle: 'People who rated per check',
    participationSeries: 'Rated',
    participation: (voters: number, participants: number) =>
      byCount(participants, {
        one: `${voters} of ${participants} person rated`,
        other: `${voters} of ${participants} people rated`,
      }),
    checksHeading: 'Checks',
    openCheck: 'Open',
    openCheckNote: 'This check is still open: its scores appear once it is closed.',
    checkHeader: (title: string, isoDateTime: string) => `${title} · ${formatCheckDate(isoDateTime)}`,
    answersHeading: 'Answers',
    answersLoading: 'Loading answers…',
    answersFailed: (reason: string) => `The answers could not be loaded: ${reason}`,
    noAnswers: 'No answers to this question.',
    unknownQuestion: (id: string) => `Question “${id}”`,
    exportButton: 'Download CSV',
    exported: 'The CSV file was downloaded.',
    exportFailed: (reason: string) => `The CSV file could not be downloaded: ${reason}`,
    sharingLabel: 'Share this team’s scores with the leadership view',
    sharingHint:
      'Leadership then sees this team’s scores, intervals and trends next to other teams — never answers, actions or who rated.',
    sharingOn: 'This team’s scores are shared with the leadership view.',
    sharingOff: 'This team’s scores are not shared with the leadership view.',
    sharingFailed: (reason: string) => `Sharing could not be changed: ${reason}`,
    sharingLoadFailed: (reason: string) => `Whether this team shares its scores could not be loaded: ${reason}`,
  },

  teamActions: {
    heading: 'Actions',
    none: 'No actions yet. The facilitator can turn an answer into an action once a check’s results are revealed.',
    loadFailed: (reason: string) => `The actions could not be loaded: ${reason}`,
    openBadge: 'Open',
    doneBadge: 'Done',
    summary: (open: number, done: number) => `${open} open, ${done} done`,
    reopen: 'Reopen',
    reopenLabel: (text: string) => `Reopen: ${text}`,
    reopened: (text: string) => `Reopened: ${text}`,
    changeFailed: (reason: string) => `The action could not be changed: ${reason}`,
    fromCheck: (title: string) => `From: ${title}`,
  },

  leadership: {
    heading: 'Customer Pulse across teams',
    intro:
      'The latest check of every team that shares its scores, side by side. Only aggregates are shown — scores, their 95\u00a0% intervals and trends — never answers or who rated.',
    pillarLabel: 'Pillar',
    allPillars: 'All pillars',
    gridLabel: 'Teams and their latest scores',
    loadFailed: (reason: string) => `The teams’ scores could not be loaded: ${reason}`,
    none: 'No team shares its scores yet. A team’s facilitator can turn sharing on in the team’s Customer Pulse history tab.',
    teamColumn: 'Team',
    overallColumn: 'Overall',
    trendColumn: 'Change',
    checksColumn: 'Checks',
    lastCheckColumn: 'Latest check',
    participationColumn: 'Rated',
    noCheck: 'No closed check yet',
    participation: (voters: number, participants: number) => `${voters} of ${participants}`,
    teamCount: (count: number) => byCount(count, { one: `${count} team shares its scores`, other: `${count} teams share their scores` }),
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
