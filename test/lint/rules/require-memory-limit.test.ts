import rule from '../../../src/lint/rules/require-memory-limit.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n        reservations:\n          memory: 256M\n",
    "services:\n  api:\n    image: example/api:1.4\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          pids: 100\n",
      "errors": [
        {
          "messageId": "missing",
          "line": 6,
          "column": 9
        }
      ]
    }
  ],
});
