import rule from '../../../src/lint/rules/docker-socket-without-manager-constraint.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  agent:\n    image: portainer/agent:2.21.0\n    volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]\n    deploy:\n      mode: global\n",
    "services:\n  ui:\n    image: portainer/portainer-ce:2.21.0\n    volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]\n    deploy:\n      placement:\n        constraints: [\"node.role != worker\"]\n"
  ],
  invalid: [
    {
      "files": "services:\n  ui:\n    image: portainer/portainer-ce:2.21.0\n    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock\n    deploy:\n      placement:\n        constraints: [node.labels.ui == true]\n",
      "errors": [
        {
          "messageId": "socket",
          "line": 5,
          "column": 9,
          "data": {
            "source": "/var/run/docker.sock"
          }
        }
      ]
    }
  ],
});
