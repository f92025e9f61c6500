// Step 3 names the audiences each platform serves as free text (step 2's audiences are dynamic,
// and the dialogue language only offers fixed choices), so "which platform serves which audience"
// is recovered by tolerant matching: case and accents ignored, either name containing the other.
import { normalizeText } from './answers.js';
import type { Step2Answers } from './step-02-audiences.js';
import type { Step3Answers } from './step-03-platforms.js';

type Audience = Step2Answers['audiences'][number];
type Platform = Step3Answers['platforms'][number];

const EVERYONE = new Set(['tous', 'toutes', 'tous les publics', 'tout le monde', 'all', 'everyone', 'all audiences']);

export interface AudienceMap {
  /** Step 3 platform items whose audiences name none of step 2's audiences. */
  platformsWithoutAudience: Platform[];
  /** Step 2 audience items that no platform names. */
  audiencesWithoutPlatform: Audience[];
}

export function audienceNames(audiences: readonly Audience[]): string[] {
  return audiences.map((item) => item.who).filter((name): name is string => name !== undefined);
}

function parts(served: string): string[] {
  return normalizeText(served)
    .split(/[,;\n/+•]|\s+(?:et|and)\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function serves(served: string | undefined, audience: string): boolean {
  if (!served) return false;
  const name = normalizeText(audience);
  if (name === '') return false;
  const pieces = parts(served);
  if (pieces.some((piece) => EVERYONE.has(piece))) return true;
  if (normalizeText(served).includes(name)) return true;
  return pieces.some((piece) => piece.length >= 3 && name.includes(piece));
}

/** Only meaningful once both steps have items; otherwise there is nothing to compare yet. */
export function mapAudiences(step2Audiences: readonly Audience[], platforms: readonly Platform[]): AudienceMap {
  const audiences = step2Audiences.filter((item) => item.who !== undefined);
  if (audiences.length === 0 || platforms.length === 0) {
    return { platformsWithoutAudience: [], audiencesWithoutPlatform: [] };
  }
  const served = (platform: Platform, audience: Audience) => serves(platform.audiences, audience.who ?? '');
  return {
    platformsWithoutAudience: platforms.filter((platform) => !audiences.some((audience) => served(platform, audience))),
    audiencesWithoutPlatform: audiences.filter((audience) => !platforms.some((platform) => served(platform, audience))),
  };
}
