import rule from '../../../src/lint/rules/no-silently-ignored-keys.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - { type: tmpfs, target: /run }\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx:1.27\n    networks:\n      front:\n        ipv4_address: 10.0.0.5\nnetworks:\n  front: {}\n",
      "errors": [
        {
          "messageId": "staticIp",
          "line": 6,
          "column": 9,
          "data": {
            "key": "ipv4_address",
            "network": "front"
          }
        }
      ]
    },
    {
      "name": "oom_score_adj from the raw override",
      "files": {
        "compose.yml": "services:\n  web:\n    image: nginx:1.27\n    tmpfs: /run\n",
        "compose.prod.yml": "services:\n  web:\n    oom_score_adj: -500\n"
      },
      "errors": [
        {
          "messageId": "tmpfs",
          "line": 4,
          "column": 5,
          "file": "compose.yml",
          "data": {
            "target": "/run"
          }
        },
        {
          "messageId": "oomScoreAdj",
          "line": 3,
          "column": 5,
          "file": "compose.prod.yml"
        }
      ]
    }
  ],
});
