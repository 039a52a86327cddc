import rule from '../../../src/lint/rules/memory-reservation-above-limit.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n        reservations:\n          memory: 256M\n",
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n        reservations:\n          memory: 1024M\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n        reservations:\n          memory: 512M\n",
      "errors": [
        {
          "messageId": "above",
          "line": 9,
          "column": 19,
          "data": {
            "reservation": "512MiB",
            "limit": "256MiB"
          }
        }
      ]
    }
  ],
});
