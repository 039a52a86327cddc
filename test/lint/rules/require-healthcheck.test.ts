import rule from '../../../src/lint/rules/require-healthcheck.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n",
    "services:\n  job:\n    image: example/job:1\n    deploy:\n      mode: replicated-job\n"
  ],
  invalid: [
    {
      "files": "services:\n  api:\n    image: example/api:1.4\n  worker:\n    image: example/worker:1.4\n    healthcheck:\n      disable: true\n  cron:\n    image: example/cron:1\n    healthcheck:\n      test: [\"NONE\"]\n",
      "errors": [
        {
          "messageId": "missing",
          "line": 2,
          "column": 3
        },
        {
          "messageId": "disabled",
          "line": 7,
          "column": 16
        },
        {
          "messageId": "disabled",
          "line": 11,
          "column": 13
        }
      ]
    }
  ],
});
