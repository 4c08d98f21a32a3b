#!/usr/bin/env node
/**
 * Agents Toolkit `script` step (infra/teamsapp.yml, provision): makes sure the environment has
 * a voter-key HMAC secret. If SECRET_VOTER_KEY is missing or shorter than 32 characters, prints
 *   ::set-teamsfx-env SECRET_VOTER_KEY=<64 random characters>
 * which the toolkit stores in infra/env/.env.<env>.user (git-ignored, because of the SECRET_
 * prefix). An existing secret is never replaced: a new one would give every voter a new
 * pseudonymous key, so people could vote again in checks that are still open.
 */
import { randomBytes } from 'node:crypto';

const MIN_LENGTH = 32;
const current = process.env.SECRET_VOTER_KEY?.trim() ?? '';

if (current.length >= MIN_LENGTH) {
  console.log('SECRET_VOTER_KEY is set; keeping it.');
} else {
  if (current) console.error(`SECRET_VOTER_KEY is shorter than ${MIN_LENGTH} characters; generating a new one.`);
  const secret = randomBytes(48).toString('base64url');
  console.log(`::set-teamsfx-env SECRET_VOTER_KEY=${secret}`);
}
