import { zipSync, strToU8 } from 'fflate';
import { colorIcon, outlineIcon } from './icons.js';
import { FRENCH_FILE, buildFrenchLocalization, buildManifest } from './manifest.js';

export interface PackageInput {
  /** MICROSOFT_APP_ID: the bot's Azure identity, also the Teams app's id. */
  appId: string | undefined;
  /** PUBLIC_HOSTNAME: where Teams reaches Boussole. */
  hostname: string | undefined;
  version: string;
}

export class PackageInputError extends Error {}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A bare host name: no scheme, path or port (Teams' validDomains and the https URLs need it so). */
export function normalizeHostname(value: string): string {
  return value.trim().replace(/^https?:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}

/** The app package Teams accepts for upload: manifest.json, the French strings, two icons. */
export function buildTeamsPackage(input: PackageInput): Buffer {
  if (!input.appId || !GUID.test(input.appId)) {
    throw new PackageInputError('MICROSOFT_APP_ID must be set to the bot’s Azure app id (a GUID) to build the Teams package');
  }
  const hostname = normalizeHostname(input.hostname ?? '');
  if (!hostname || !/^[a-z0-9.-]+$/.test(hostname)) {
    throw new PackageInputError('PUBLIC_HOSTNAME must be set to the public host name Teams reaches (e.g. boussole.example.org)');
  }
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  return Buffer.from(
    zipSync({
      'manifest.json': json(buildManifest({ appId: input.appId, hostname, version: input.version })),
      // One French file for every French-speaking region: Teams applies the default strings, then
      // those of the user's language (fr), then of their region (fr-ca), which would add nothing.
      [FRENCH_FILE]: json(buildFrenchLocalization()),
      'color.png': colorIcon(192),
      'outline.png': outlineIcon(32),
    }),
  );
}
