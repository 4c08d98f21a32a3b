/** Entry point for Azure Functions: importing each resource registers its handlers with app.http. */
import './functions/health.ts';
import './functions/templates.ts';
import './functions/sessions.ts';
import './functions/facilitation.ts';
import './functions/votes.ts';
import './functions/answers.ts';
import './functions/results.ts';
import './functions/review.ts';
import './functions/actions.ts';
import './functions/registers.ts';
import './functions/teamScores.ts';
import './functions/leadership.ts';
import './functions/organisationTrend.ts';
import './functions/erasure.ts';
import './functions/myHistories.ts';
