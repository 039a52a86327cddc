#!/usr/bin/env node
// Regenerates the golden outputs (`expected/docker.json`) of every fixture case from the real
// docker CLI, so the end-to-end tests compare stackc against docker itself rather than against
// what we believe docker does.
//
//   npm run fixtures:update               # every case
//   npm run fixtures:update -- ports tabs # only cases whose name contains one of the words
//
// The docker binary is `$DOCKER` when set, else the first `docker` on PATH that has
// `stack config` (old clients such as Debian's 20.10 lack it); it must be docker 28.2.2 unless
// ALLOW_OTHER_DOCKER=1. Cases run with an environment made of PATH plus the case's own `env` only,
// so the goldens never depend on the caller's shell.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Case roots and the descriptor file each of their case folders holds. */
const SUITES = [
  { root: join(ROOT, 'fixtures', 'corpus'), descriptor: 'SOURCE.json' },
  { root: join(ROOT, 'fixtures', 'cases'), descriptor: 'CASE.json' },
];
/** The placeholder goldens use for the absolute path of their case folder. */
const CASE_DIR = '@CASE_DIR@';
/** The docker CLI the goldens were verified against; another version only earns a warning. */
const EXPECTED_DOCKER = '28.2.2';
/** Flags a case may pass through to `docker stack config`. */
const ALLOWED_ARGS = new Set(['--skip-interpolation']);
/**
 * docker's stderr comes out of Go map walks: a rejected file with several violations can print a
 * different schema error on each run, and warnings (ignored host IPs) come in varying order. We
 * rerun such a case until no new stderr has shown up for a while, then keep the text already in the
 * golden if docker printed it again, else the smallest: regenerating does not churn the goldens.
 */
const STDERR_QUIET_RUNS = 20;
const STDERR_MAX_RUNS = 100;
/** logrus stamps its warnings with the wall clock; goldens must not. */
const LOGRUS_TIME = /\btime="\d{4}-\d\d-\d\dT[^"]*"/g;
/** A Go panic's goroutine dump holds pointers that change every run: keep only the panic line. */
const GO_PANIC_TRACE = /^(panic: [^\n]*\n)\n*goroutine [\s\S]*$/m;

/** stderr as the golden keeps it: no clock, no goroutine dump, no case folder path. */
function normalizeStderr(text, spellings) {
  return placeholder(text, spellings).replace(LOGRUS_TIME, 'time="@TIME@"').replace(GO_PANIC_TRACE, '$1');
}

function fail(message) {
  process.stderr.write(`update-fixtures: ${message}\n`);
  process.exit(2);
}

function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The probe runs a real `stack config` on a one-line file: old clients answer `stack config --help`
 * with exit 0 although they have no such command.
 */
function hasStackConfig(bin) {
  const probe = spawnSync(bin, ['stack', 'config', '-c', '-'], {
    input: 'services: {}\n',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return probe.status === 0 && probe.stdout === 'version: "3.13"\nservices: {}\n';
}

function findDocker() {
  const candidates = process.env.DOCKER
    ? [process.env.DOCKER]
    : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'docker'));
  for (const bin of candidates) {
    if (isExecutable(bin) && hasStackConfig(bin)) return bin;
  }
  fail(
    'no docker CLI with `docker stack config` found (looked at ' +
      (candidates.length ? candidates.join(', ') : 'an empty PATH') +
      '). Install docker CLI ' + EXPECTED_DOCKER + ' or set DOCKER=/path/to/docker.',
  );
}

function dockerVersion(bin) {
  const r = spawnSync(bin, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return (r.stdout ?? '').trim() || 'unknown';
}

function readDescriptor(caseDir, descriptor) {
  const file = join(caseDir, descriptor);
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(`cannot read ${file}: ${err.message}`);
  }
  const files = data.files;
  if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string')) {
    fail(`${file}: "files" must be a non-empty list of paths`);
  }
  const env = data.env ?? {};
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== 'string') fail(`${file}: env.${k} must be a string`);
  }
  const args = data.args ?? [];
  for (const a of args) if (!ALLOWED_ARGS.has(a)) fail(`${file}: unsupported arg ${JSON.stringify(a)}`);
  return { files, env, args };
}

/** Replaces every spelling of the case folder's absolute path (docker prints the real path). */
function placeholder(text, spellings) {
  let out = text;
  for (const s of spellings) out = out.split(s).join(CASE_DIR);
  return out;
}

function run(bin, files, args, cwd, env) {
  const argv = ['stack', 'config', ...files.flatMap((f) => ['-c', f]), ...args];
  const r = spawnSync(bin, argv, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) fail(`running ${bin}: ${r.error.message}`);
  if (r.status === null) fail(`${bin} ${argv.join(' ')} in ${cwd} was killed by ${r.signal}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Does docker, reading its own output back with the same flags and an empty environment, print
 * the same thing? Written next to the first file, so relative `env_file` entries (printed as
 * written) still resolve the same way. The same flags: the output of `--skip-interpolation` keeps
 * its `${...}` and is only meant to be read that way.
 */
function isRereadable(bin, caseDir, firstFile, args, stdout) {
  const wd = dirname(resolve(caseDir, firstFile));
  const tmp = join(wd, `.reread-${process.pid}.yml`);
  writeFileSync(tmp, stdout);
  try {
    const again = run(bin, [tmp], args, caseDir, { PATH: process.env.PATH ?? '' });
    return again.status === 0 && again.stdout === stdout;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Runs a case with stderr output repeatedly and picks one of the texts docker printed, stably. */
function settleStderr(first, again, previousStderr, label) {
  const seen = new Set([first.stderr]);
  let best = first;
  for (let runs = 1, quiet = 0; runs < STDERR_MAX_RUNS && quiet < STDERR_QUIET_RUNS; runs++) {
    const other = again();
    if (other.status !== first.status || other.raw !== first.raw) {
      fail(`${label}: docker's exit status or stdout differs between two runs; cannot make a golden`);
    }
    if (seen.has(other.stderr)) {
      quiet++;
      continue;
    }
    quiet = 0;
    seen.add(other.stderr);
    if (other.stderr < best.stderr) best = other;
  }
  if (previousStderr !== undefined && seen.has(previousStderr)) return { ...best, stderr: previousStderr };
  return best;
}

function generate(bin, caseDir, descriptor, previous) {
  const { files, env, args } = readDescriptor(caseDir, descriptor);
  const spellings = [...new Set([realpathSync(caseDir), caseDir])].sort((a, b) => b.length - a.length);
  const caseEnv = { PATH: process.env.PATH ?? '', ...env };
  const once = () => {
    const r = run(bin, files, args, caseDir, caseEnv);
    return { ...r, raw: r.stdout, stderr: normalizeStderr(r.stderr, spellings) };
  };
  let result = once();
  if (result.stderr !== '') result = settleStderr(result, once, previous?.stderr, caseDir);
  const rereadable = result.status === 0 && isRereadable(bin, caseDir, files[0], args, result.raw);
  // Fixed key order: the JSON is a golden file and must not churn.
  const golden = {
    status: result.status === 0 ? 0 : 1,
    stdout: placeholder(result.raw, spellings),
    stderr: result.stderr,
    rereadable,
  };
  return JSON.stringify(golden, null, 2) + '\n';
}

function main() {
  const filters = process.argv.slice(2);
  const bin = findDocker();
  const version = dockerVersion(bin);
  // Goldens from another docker would silently redefine "correct": refuse unless asked to.
  if (version !== EXPECTED_DOCKER) {
    if (process.env.ALLOW_OTHER_DOCKER !== '1') {
      fail(`${bin} is docker ${version}, the goldens are docker ${EXPECTED_DOCKER}'s (set ALLOW_OTHER_DOCKER=1 to regenerate anyway)`);
    }
    process.stderr.write(`update-fixtures: warning: using docker ${version} instead of ${EXPECTED_DOCKER}\n`);
  }
  let total = 0;
  let changed = 0;
  let rejected = 0;
  for (const { root, descriptor } of SUITES) {
    if (!existsSync(root)) continue;
    const names = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(root, e.name, descriptor)))
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      if (filters.length && !filters.some((f) => name.includes(f))) continue;
      const caseDir = join(root, name);
      const out = join(caseDir, 'expected', 'docker.json');
      const before = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
      const text = generate(bin, caseDir, descriptor, before === undefined ? undefined : JSON.parse(before));
      if (before !== text) {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
        changed++;
        process.stdout.write(`${before === undefined ? 'new' : 'changed'}: ${root.slice(ROOT.length + 1)}/${name}\n`);
      }
      if (JSON.parse(text).status !== 0) rejected++;
      total++;
    }
  }
  if (total === 0) fail('no case matched');
  process.stdout.write(`update-fixtures: docker ${version}, ${total} cases (${rejected} rejected), ${changed} golden file(s) written\n`);
}

main();
