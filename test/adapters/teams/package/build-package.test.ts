import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackageInputError, buildTeamsPackage } from '../../../../adapters/teams/package/build-package.js';
import { projectRoot } from '../../../../src/util/project-root.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

/** Width, height, colour type and every pixel's alpha, read from the PNG itself. */
function readPng(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buffer.toString('ascii', 12, 16)).toBe('IHDR');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const colourType = buffer[25];
  const idat: Buffer[] = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(buffer.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const alphas: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) alphas.push(raw[y * (width * 4 + 1) + 1 + x * 4 + 3]!);
  return { width, height, colourType, alphas };
}

describe('the Teams app package', () => {
  const files = unzipSync(buildTeamsPackage({ appId: APP_ID, hostname: 'https://Boussole.example.org/', version: '0.1.0' }));
  const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));

  it('holds a manifest of schema 1.17 with the bot in personal, team and group-chat scopes', () => {
    expect(manifest).toMatchObject({
      manifestVersion: '1.17',
      $schema: expect.stringContaining('/v1.17/MicrosoftTeams.schema.json'),
      id: APP_ID,
      version: '0.1.0',
      icons: { color: 'color.png', outline: 'outline.png' },
      validDomains: ['boussole.example.org'],
      developer: { websiteUrl: 'https://boussole.example.org' },
    });
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
  });

  it('lists the commands (at most 10, short titles) in English, and in French through the localization file', () => {
    const commands = manifest.bots[0].commandLists[0].commands as Array<{ title: string; description: string }>;
    expect(commands.map((c) => c.title)).toEqual(expect.arrayContaining(['help', 'status', 'step 1', 'policy', 'settings']));
    expect(commands.length).toBeLessThanOrEqual(10);
    for (const c of commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    const french = JSON.parse(Buffer.from(files['fr.json']!).toString('utf8'));
    // One French file, for every French-speaking region (fr-ca and fr-fr would be identical).
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'fr', file: 'fr.json' }]);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    const titles = commands.map((_, i) => french[`bots[0].commandLists[0].commands[${i}].title`]);
    expect(titles).toEqual(expect.arrayContaining(['aide', 'état', 'étape 1', 'politique', 'réglages']));
    expect(french['name.short']).toBe('Boussole');
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with a transparent background', () => {
    const color = readPng(files['color.png']!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.alphas.every((a) => a === 255)).toBe(true);
    const outline = readPng(files['outline.png']!);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    expect(outline.alphas[0]).toBe(0);
    expect(outline.alphas.filter((a) => a === 0).length).toBeGreaterThan(32 * 32 * 0.5);
    expect(outline.alphas.some((a) => a === 255)).toBe(true);
  });

  it('refuses to build without the app id or the host name', () => {
    expect(() => buildTeamsPackage({ appId: undefined, hostname: 'x.org', version: '1.0.0' })).toThrow(PackageInputError);
    expect(() => buildTeamsPackage({ appId: APP_ID, hostname: undefined, version: '1.0.0' })).toThrow(/PUBLIC_HOSTNAME/);
  });

  it('is written by npm run teams:package from MICROSOFT_APP_ID and PUBLIC_HOSTNAME alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
    try {
      const output = join(dir, 'app.zip');
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MICROSOFT_APP_ID: APP_ID, PUBLIC_HOSTNAME: 'bot.example.org' };
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'adapters/teams/package/cli.ts', output], { cwd: projectRoot(), env });
      expect(stdout).toContain('Teams app package written');
      const written = unzipSync(readFileSync(output));
      expect(JSON.parse(Buffer.from(written['manifest.json']!).toString('utf8')).validDomains).toEqual(['bot.example.org']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
