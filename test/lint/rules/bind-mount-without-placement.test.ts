import rule from '../../../src/lint/rules/bind-mount-without-placement.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:16\n    volumes: [\"/srv/pg:/var/lib/postgresql/data\"]\n    deploy:\n      placement:\n        constraints: [node.hostname == db1]\n",
    "services:\n  agent:\n    image: example/agent:2\n    volumes: [\"/var/run/docker.sock:/var/run/docker.sock:ro\", \"/etc/localtime:/etc/localtime:ro\"]\n",
    {
      "files": "services:\n  db:\n    image: postgres:16\n    volumes: [\"/srv/pg:/data\"]\n",
      "options": {
        "ignore": [
          "/srv"
        ]
      }
    }
  ],
  invalid: [
    {
      "files": "services:\n  db:\n    image: postgres:16\n    volumes:\n      - /srv/pg:/var/lib/postgresql/data\n",
      "errors": [
        {
          "messageId": "unpinned",
          "line": 5,
          "column": 9,
          "data": {
            "source": "/srv/pg"
          }
        }
      ]
    },
    {
      "name": "options replace the defaults",
      "options": {
        "ignore": []
      },
      "files": "services:\n  agent:\n    image: example/agent:2\n    volumes: [\"/etc/localtime:/etc/localtime:ro\"]\n",
      "errors": [
        {
          "messageId": "unpinned",
          "line": 4,
          "column": 15
        }
      ]
    }
  ],
});
