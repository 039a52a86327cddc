import rule from '../../../src/lint/rules/resource-minimum.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 64M\n        reservations:\n          memory: 16M\n",
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.01\"\n        reservations:\n          cpus: \"0.001\"\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: \"512\"\n        reservations:\n          memory: 1k\n",
      "errors": [
        {
          "messageId": "memory",
          "line": 7,
          "column": 19,
          "data": {
            "section": "limits",
            "value": "512B"
          }
        },
        {
          "messageId": "memory",
          "line": 9,
          "column": 19,
          "data": {
            "section": "reservations",
            "value": "1KiB"
          }
        }
      ]
    },
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.0001\"\n",
      "errors": [
        {
          "messageId": "cpus",
          "line": 7,
          "column": 17
        }
      ]
    }
  ],
});
