import rule from '../../../src/lint/rules/require-resource-limits.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n        reservations:\n          memory: 256M\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        reservations:\n          memory: 64M\n",
      "errors": [
        {
          "messageId": "missing",
          "line": 2,
          "column": 3,
          "data": {
            "service": "api"
          }
        }
      ]
    }
  ],
});
