import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The secret part of a private link (a calendar subscription, a document download): 256 random
 * bits, URL-safe. Only its SHA-256 is stored, so a copy of the database opens no link.
 */
export function newPrivateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a token looks like in a URL: anything else is refused before any lookup. */
export const PRIVATE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The stored hash against the presented token's, in constant time. The lookup that found the
 * stored one used the hash itself, whose timing says nothing about the token.
 */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
