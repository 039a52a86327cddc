// Deterministic compose-project generator for `npm run bench`.
//
// Everything is a pure function of the service index `i` (no randomness, no clock), so the same size
// always produces byte-identical files. The YAML is written by hand (not via a YAML library) so the
// shapes are exactly what we want to exercise: short and long ports, named/bind/long volumes, list and
// dict environments, deploy blocks with sizes and durations, healthchecks in both test forms, anchors,
// `${VAR:-default}` interpolation (including a cast path, `deploy.replicas`), configs and secrets whose
// files are written next to the compose files.

import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables the generated files reference. The bench passes exactly these to both tools. */
export const BENCH_ENV = {
  // Set: the value must replace the default.
  STACKC_BENCH_ENV: 'bench',
  STACKC_BENCH_REGISTRY: 'registry.bench.local:5000',
  // Deliberately unset (the bench removes them from the child environment):
  //   STACKC_BENCH_LOG_LEVEL, STACKC_BENCH_REPLICAS, STACKC_BENCH_RELEASE, STACKC_BENCH_MON_NET,
  //   STACKC_BENCH_OPTIONAL (a value-less environment key -> null).
};
export const BENCH_UNSET_ENV = [
  'STACKC_BENCH_LOG_LEVEL',
  'STACKC_BENCH_REPLICAS',
  'STACKC_BENCH_RELEASE',
  'STACKC_BENCH_MON_NET',
  'STACKC_BENCH_OPTIONAL',
];

const KINDS = ['web', 'api', 'worker', 'cron', 'gateway'];
const q = (s) => JSON.stringify(String(s)); // a JSON string is a valid YAML double-quoted scalar

export function serviceName(i) {
  return `${KINDS[i % KINDS.length]}-${i}`;
}

function baseService(i) {
  const name = serviceName(i);
  const kind = KINDS[i % KINDS.length];
  const team = `team${i % 12}`;
  const L = [];
  L.push(`  ${name}:`);
  // image: interpolated registry for half of them
  if (i % 2 === 0) L.push(`    image: \${STACKC_BENCH_REGISTRY:-registry.example.com}/${team}/${kind}:1.${i % 10}.${i % 7}`);
  else L.push(`    image: registry.example.com/${team}/${kind}:1.${i % 10}.${i % 7}`);

  if (i % 3 === 0) L.push(`    command: ["serve", "--port", "8080", "--name", ${q(name)}]`);
  else if (i % 3 === 1) L.push(`    command: ${kind} --concurrency ${1 + (i % 8)} --queue 'jobs ${i % 4}'`);

  // environment: list form on even, dict form on odd
  if (i % 2 === 0) {
    L.push('    environment:');
    L.push(`      - APP_NAME=${name}`);
    L.push('      - LOG_LEVEL=${STACKC_BENCH_LOG_LEVEL:-info}');
    L.push('      - ENVIRONMENT=${STACKC_BENCH_ENV:-dev}');
    L.push(`      - PORT=8080`);
    L.push(`      - DATABASE_URL=postgres://db-${i % 4}:5432/app_${i % 50}`);
    if (i % 10 === 0) L.push('      - STACKC_BENCH_OPTIONAL');
  } else {
    L.push('    environment:');
    L.push(`      APP_NAME: ${name}`);
    L.push('      LOG_LEVEL: ${STACKC_BENCH_LOG_LEVEL:-warn}');
    L.push('      ENVIRONMENT: ${STACKC_BENCH_ENV:-dev}');
    L.push(`      WORKERS: ${1 + (i % 16)}`);
    L.push('      DEBUG: "false"');
    L.push(`      CACHE_TTL: ${i % 3 === 0 ? '1.5' : '300'}`);
    if (i % 10 === 1) L.push('      STACKC_BENCH_OPTIONAL:');
  }

  // ports: short, long, and sometimes a udp short one
  L.push('    ports:');
  L.push(`      - "${10000 + i}:8080"`);
  L.push('      - target: 9090');
  L.push(`        published: ${40000 + (i % 20000)}`);
  L.push('        protocol: tcp');
  L.push('        mode: host');
  if (i % 7 === 0) L.push(`      - ${60000 + (i % 5000)}:53/udp`);

  // volumes: named, relative bind (short), long bind, long volume with nocopy
  L.push('    volumes:');
  L.push(`      - data-${i % 20}:/var/lib/app`);
  L.push(`      - ./data/${name}:/data:ro`);
  if (i % 4 === 0) {
    L.push('      - type: bind');
    L.push('        source: ./static');
    L.push('        target: /srv/static');
    L.push('        read_only: true');
  }
  if (i % 6 === 0) {
    L.push('      - type: volume');
    L.push(`        source: cache-${i % 5}`);
    L.push('        target: /cache');
    L.push('        volume:');
    L.push('          nocopy: true');
  }

  // networks: list on some, dict with aliases on others
  if (i % 3 === 2) {
    L.push('    networks:');
    L.push('      - frontend');
    L.push('      - backend');
  } else {
    L.push('    networks:');
    L.push('      backend:');
    L.push('        aliases:');
    L.push(`          - ${name}.internal`);
    if (i % 5 === 0) L.push('      monitoring:');
  }

  L.push('    labels:');
  L.push(`      - com.example.service=${name}`);
  L.push(`      - com.example.kind=${kind}`);

  L.push('    deploy:');
  L.push('      mode: replicated');
  if (i % 10 === 0) L.push('      replicas: ${STACKC_BENCH_REPLICAS:-2}');
  else L.push(`      replicas: ${1 + (i % 5)}`);
  L.push('      labels:');
  L.push(`        com.example.team: ${team}`);
  L.push(`        com.example.tier: ${i % 2 ? 'backend' : 'frontend'}`);
  L.push('      update_config:');
  L.push(`        parallelism: ${1 + (i % 3)}`);
  L.push(`        delay: ${5 * (1 + (i % 4))}s`);
  L.push('        failure_action: rollback');
  L.push(`        monitor: ${i % 2 ? '90s' : '2m'}`);
  L.push('        max_failure_ratio: 0.1');
  L.push(`        order: ${i % 2 ? 'start-first' : 'stop-first'}`);
  if (i % 8 === 0) {
    L.push('      rollback_config:');
    L.push('        parallelism: 0');
    L.push('        delay: 1500ms');
  }
  L.push('      resources:');
  L.push('        limits:');
  L.push(`          cpus: "${i % 2 ? '0.50' : '1'}"`);
  L.push(`          memory: ${['512M', '1G', '1.5g', '256MiB'][i % 4]}`);
  if (i % 9 === 0) L.push('          pids: 200');
  L.push('        reservations:');
  L.push('          cpus: "0.25"');
  L.push(`          memory: ${['128M', '64m', '"100000000"', '1 GiB'][i % 4]}`);
  L.push('      restart_policy:');
  L.push('        condition: on-failure');
  L.push('        delay: 5s');
  L.push(`        max_attempts: ${i % 4}`);
  L.push('        window: 120s');
  L.push('      placement:');
  L.push('        constraints:');
  L.push('          - node.role == worker');
  L.push(`          - node.labels.zone == zone-${i % 3}`);
  if (i % 5 === 0) {
    L.push('        preferences:');
    L.push('          - spread: node.labels.rack');
  }

  L.push('    healthcheck:');
  if (i % 2 === 0) L.push('      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]');
  else L.push('      test: wget -qO- http://localhost:8080/health || exit 1');
  L.push('      interval: 30s');
  L.push(`      timeout: ${i % 2 ? '5s' : '10s'}`);
  L.push('      retries: 3');
  L.push('      start_period: 1m');

  if (i % 3 === 0) L.push('    logging: *default-logging');
  if (i % 4 === 1) L.push('    stop_grace_period: 45s');

  if (i % 25 === 0) {
    L.push('    configs:');
    L.push('      - source: app_conf');
    L.push('        target: /etc/app/app.conf');
    L.push('        mode: 0440');
    L.push('      - nginx_conf');
    L.push('    secrets:');
    L.push('      - db_password');
    L.push('      - source: api_key');
    L.push('        target: api_key.txt');
    L.push('        uid: "1000"');
    L.push('        mode: 0400');
  }
  return L.join('\n');
}

/** The override touches a share of services: ~25% new image tag, ~12% replicas, extra env, extra ports. */
function overrideService(i) {
  const name = serviceName(i);
  const kind = KINDS[i % KINDS.length];
  const L = [];
  const bump = i % 4 === 0;
  const replicas = i % 8 === 0;
  const extraEnv = i % 6 === 0;
  const extraPort = i % 10 === 0;
  const labelOnly = i % 10 === 5;
  if (!(bump || replicas || extraEnv || extraPort || labelOnly)) return null;
  L.push(`  ${name}:`);
  if (bump) L.push(`    image: registry.example.com/team${i % 12}/${kind}:2.${i % 10}.0-rc1`);
  if (extraEnv) {
    if (i % 12 === 0) {
      L.push('    environment:');
      L.push('      - FEATURE_X=on');
      L.push('      - RELEASE=${STACKC_BENCH_RELEASE:-2024.06}');
    } else {
      L.push('    environment:');
      L.push('      FEATURE_X: "on"');
      L.push('      RELEASE: ${STACKC_BENCH_RELEASE:-2024.06}');
      L.push('      LOG_LEVEL: debug');
    }
  }
  if (extraPort) {
    L.push('    ports:');
    L.push(`      - "${30000 + i}:8443"`);
    L.push('      - target: 9090');
    L.push(`        published: ${40000 + (i % 20000)}`);
    L.push('        protocol: udp');
  }
  if (labelOnly) {
    L.push('    labels:');
    L.push('      com.example.overridden: "true"');
  }
  if (replicas || i % 12 === 0) {
    L.push('    deploy:');
    if (replicas) L.push(`      replicas: ${i % 16 === 0 ? 0 : 6}`);
    if (i % 12 === 0) {
      L.push('      resources:');
      L.push('        limits:');
      L.push('          memory: 2G');
      L.push('      update_config:');
      L.push('        delay: 1m');
    }
  }
  return L.join('\n');
}

function topLevelBase(n) {
  const L = [];
  L.push('networks:');
  L.push('  frontend:');
  L.push('    driver: overlay');
  L.push('    attachable: true');
  L.push('  backend:');
  L.push('    driver: overlay');
  L.push('    driver_opts:');
  L.push('      encrypted: "true"');
  L.push('    labels:');
  L.push('      - com.example.net=backend');
  L.push('  monitoring:');
  L.push('    external: true');
  L.push('    name: ${STACKC_BENCH_MON_NET:-monitoring}');
  L.push('volumes:');
  for (let k = 0; k < Math.min(20, n); k++) {
    if (k % 2) {
      L.push(`  data-${k}:`);
      L.push('    driver: local');
      L.push('    labels:');
      L.push(`      com.example.shard: "${k}"`);
    } else L.push(`  data-${k}:`);
  }
  for (let k = 0; k < Math.min(5, n); k++) L.push(`  cache-${k}: {}`);
  L.push('configs:');
  L.push('  app_conf:');
  L.push('    file: ./configs/app.conf');
  L.push('  nginx_conf:');
  L.push('    file: ./configs/nginx.conf');
  L.push('    labels:');
  L.push('      com.example.kind: nginx');
  L.push('  proxy_tmpl:');
  L.push('    file: ./configs/proxy.tmpl');
  L.push('    template_driver: golang');
  L.push('secrets:');
  L.push('  db_password:');
  L.push('    file: ./secrets/db_password.txt');
  L.push('  api_key:');
  L.push('    file: ./secrets/api_key.txt');
  L.push('  tls_cert:');
  L.push('    external: true');
  L.push('    name: bench_tls_cert');
  return L.join('\n');
}

/**
 * Writes one project into `dir`. With `override` false, only `compose.yml` (single file) is written.
 * Returns the file paths.
 */
export function generateProject(dir, n, { override = true } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'configs'), { recursive: true });
  mkdirSync(join(dir, 'secrets'), { recursive: true });
  writeFileSync(join(dir, 'configs/app.conf'), 'listen = 8080\nworkers = 4\n');
  writeFileSync(join(dir, 'configs/nginx.conf'), 'events {}\nhttp { server { listen 80; } }\n');
  writeFileSync(join(dir, 'configs/proxy.tmpl'), 'upstream = {{ env "UPSTREAM" }}\n');
  writeFileSync(join(dir, 'secrets/db_password.txt'), 'not-a-real-password\n');
  writeFileSync(join(dir, 'secrets/api_key.txt'), 'not-a-real-key\n');

  const parts = [];
  parts.push('version: "3.9"');
  parts.push(`x-bench:\n  generator: stackc-bench/1\n  services: ${n}`);
  parts.push('x-logging: &default-logging\n  driver: json-file\n  options:\n    max-size: 10m\n    max-file: "3"');
  parts.push('services:');
  for (let i = 0; i < n; i++) parts.push(baseService(i));
  parts.push(topLevelBase(n));
  const baseName = override ? 'base.yml' : 'compose.yml';
  const base = join(dir, baseName);
  writeFileSync(base, parts.join('\n') + '\n');
  if (!override) return { files: [base], bytes: parts.join('\n').length + 1 };

  const o = ['version: "3.9"', 'services:'];
  for (let i = 0; i < n; i++) {
    const s = overrideService(i);
    if (s) o.push(s);
  }
  // a few services that exist only in the override
  const extra = Math.max(1, Math.floor(n / 100));
  for (let k = 0; k < extra; k++) {
    o.push(`  canary-${k}:`);
    o.push('    image: registry.example.com/canary/app:0.1.0');
    o.push('    ports:');
    o.push(`      - "${20 + (k % 1000)}:80"`);
    o.push(`      - "${2000 + (k % 1000)}:443"`);
    o.push('    networks: [frontend]');
    o.push('    deploy:');
    o.push('      replicas: 1');
  }
  // top-level entries in an override replace the base entry wholesale
  o.push('networks:');
  o.push('  backend:');
  o.push('    driver: overlay');
  o.push('    internal: true');
  o.push('secrets:');
  o.push('  api_key:');
  o.push('    file: ./secrets/api_key.txt');
  o.push('    labels:');
  o.push('      rotated: "2024-06-01"');
  const ov = join(dir, 'override.yml');
  writeFileSync(ov, o.join('\n') + '\n');
  return { files: [base, ov] };
}
