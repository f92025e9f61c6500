// `npm run chat` as a person runs it: a real process, its standard input piped in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/util/project-root.js';

const dir = mkdtempSync(join(tmpdir(), 'boussole-chat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chat(lines: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts'], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BOUSSOLE_DATA_DIR: dir, BOUSSOLE_CONSOLE_USER: 'marie', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    // A chat that does not end at the end of its input must not outlive the test.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, out, err });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('npm run chat', () => {
  it('runs a scripted conversation from piped input on the embedded database, and remembers it next time', async () => {
    const first = await chat(['étape 1', 'Boussole, Laval']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Quels mots-clés devons-nous surveiller');
    expect(first.out).toContain('concurrents');
    const second = await chat(['continuer']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('On reprend là où vous en étiez');
    expect(second.out).toContain('concurrents');
    // Two processes each start the embedded server: on a loaded two-core machine that alone can take 30 s.
  }, 120_000);

  it('speaks English when the team default is English', async () => {
    const { out } = await chat(['help'], { DEFAULT_LOCALE: 'en', BOUSSOLE_CONSOLE_TENANT: 'english-team' });
    expect(out).toContain('Boussole — commands');
  }, 60_000);
});
