// Step 3 names the audiences each platform serves as free text (step 2's audiences are dynamic,
// and the dialogue language only offers fixed choices), so "which platform serves which audience"
// is recovered by tolerant matching: case and accents ignored, either name containing the other.
import { itemsOf, normalizeText, textOf, type AnswerRecord, type Item } from './answers.js';

const EVERYONE = new Set(['tous', 'toutes', 'tous les publics', 'tout le monde', 'all', 'everyone', 'all audiences']);

export interface AudienceMap {
  /** Step 3 platform items whose audiences name none of step 2's audiences. */
  platformsWithoutAudience: Item[];
  /** Step 2 audience items that no platform names. */
  audiencesWithoutPlatform: Item[];
}

export function audienceNames(step2: AnswerRecord): string[] {
  return itemsOf(step2, 'audiences')
    .map((item) => textOf(item, 'who'))
    .filter((name): name is string => name !== undefined);
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
export function mapAudiences(step2: AnswerRecord, step3: AnswerRecord): AudienceMap {
  const audiences = itemsOf(step2, 'audiences').filter((item) => textOf(item, 'who') !== undefined);
  const platforms = itemsOf(step3, 'platforms');
  if (audiences.length === 0 || platforms.length === 0) {
    return { platformsWithoutAudience: [], audiencesWithoutPlatform: [] };
  }
  const served = (platform: Item, audience: Item) => serves(textOf(platform, 'audiences'), textOf(audience, 'who') ?? '');
  return {
    platformsWithoutAudience: platforms.filter((platform) => !audiences.some((audience) => served(platform, audience))),
    audiencesWithoutPlatform: audiences.filter((audience) => !platforms.some((platform) => served(platform, audience))),
  };
}
