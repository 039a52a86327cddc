import rule from '../../../src/lint/rules/no-published-internal-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:16\n",
    "services:\n  db:\n    image: postgres:16\n    ports:\n      - { target: 5432, published: 5432, mode: host }\n",
    {
      "files": "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n",
      "options": {
        "ports": {}
      }
    }
  ],
  invalid: [
    {
      "files": "services:\n  cache:\n    image: redis:7\n    ports:\n      - \"6380:6379\"\n",
      "errors": [
        {
          "messageId": "internal",
          "line": 5,
          "column": 9,
          "data": {
            "what": "Redis",
            "target": 6379,
            "published": 6380
          }
        }
      ]
    },
    {
      "name": "ports from options",
      "options": {
        "ports": {
          "8080": "admin UI"
        }
      },
      "files": "services:\n  app:\n    image: example/app:3\n    ports: [\"9090:8080\"]\n",
      "errors": [
        {
          "messageId": "internal",
          "line": 4,
          "column": 13,
          "data": {
            "what": "admin UI"
          }
        }
      ]
    }
  ],
});
