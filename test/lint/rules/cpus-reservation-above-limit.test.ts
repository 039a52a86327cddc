import rule from '../../../src/lint/rules/cpus-reservation-above-limit.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: \"1\"\n        reservations:\n          cpus: \"1\"\n",
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: \"3/2\"\n        reservations:\n          cpus: \"1\"\n",
    "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        reservations:\n          cpus: \"4\"\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.5\"\n        reservations:\n          cpus: \"2\"\n",
      "errors": [
        {
          "messageId": "above",
          "line": 9,
          "column": 17,
          "data": {
            "reservation": "2",
            "limit": "0.5"
          }
        }
      ]
    }
  ],
});
