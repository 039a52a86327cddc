import { defineRule } from '../rule.js';
import { isRecord, rawServices, sortedKeys } from '../source.js';

/**
 * docker's "Ignoring unsupported options" list (stack-deploy.md §1.6), with what to do instead.
 * `restart` and `network_mode` have rules of their own (restart is still used as a fallback;
 * network_mode has a swarm equivalent).
 */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  build: 'swarm never builds: build and push the image first (docker build / docker compose build && push) and reference it with image',
  cgroup_parent: 'swarm does not set a cgroup parent for tasks',
  cgroupns_mode: 'swarm does not set a cgroup namespace mode for tasks',
  devices: 'swarm services cannot map host devices; use a bind mount of the device node or a plugin',
  domainname: 'swarm does not set the domain name of tasks',
  external_links: 'link to other containers by attaching both services to the same overlay network',
  ipc: 'swarm does not set an IPC mode for tasks',
  links: 'services on the same overlay network reach each other by service name; aliases go under networks.<net>.aliases',
  mac_address: 'swarm does not set MAC addresses',
  pid: 'swarm does not set a PID mode for tasks',
  privileged: 'swarm services cannot run privileged; grant what is needed with cap_add',
  security_opt: 'swarm services take no security options',
  shm_size: 'swarm ignores shm_size; mount a tmpfs at /dev/shm (volumes: type tmpfs) instead',
  userns_mode: 'swarm does not set a user namespace mode',
};

/** The keys `docker stack deploy` lists as "Ignoring unsupported options". */
export default defineRule({
  meta: {
    id: 'no-unsupported-keys',
    description: 'A service key that docker stack deploy ignores as unsupported.',
    defaultSeverity: 'warning',
    messages: {
      unsupported: 'service "{{service}}": {{key}} is ignored by docker stack deploy ("Ignoring unsupported options"); {{advice}}.',
    },
    rationale:
      'The stack loader accepts these keys (they are in the compose schema) but the swarm conversion has no field for them: deploy prints "Ignoring unsupported options: ..." and the setting silently does nothing on the running service.',
    examples: {
      bad: 'services:\n  web:\n    build: .\n    image: example/web:1.0\n    privileged: true\n',
      good: 'services:\n  web:\n    image: example/web:1.0\n    cap_add: [NET_ADMIN]\n',
    },
  },
  // Like docker, look at the raw keys of every file: `privileged: false` is reported too, though
  // the merged model (which drops zero values) no longer has it.
  check({ documents, report }) {
    for (const { file, services } of rawServices(documents)) {
      for (const service of sortedKeys(services)) {
        const raw = services[service];
        if (!isRecord(raw)) continue;
        for (const key of sortedKeys(UNSUPPORTED)) {
          if (!(key in raw)) continue;
          report('unsupported', { file, path: ['services', service, key], atKey: true }, { service, key, advice: UNSUPPORTED[key]! });
        }
      }
    }
  },
});
