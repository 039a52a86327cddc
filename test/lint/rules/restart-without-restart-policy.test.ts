import rule from '../../../src/lint/rules/restart-without-restart-policy.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n"
  ],
  invalid: [
    {
      "files": "services:\n  a:\n    image: nginx:1.27\n    restart: on-failure:3\n  b:\n    image: nginx:1.27\n    restart: \"no\"\n  c:\n    image: nginx:1.27\n    restart: always\n    deploy:\n      restart_policy:\n        condition: none\n",
      "errors": [
        {
          "messageId": "fallback",
          "line": 4,
          "column": 14,
          "data": {
            "condition": "on-failure"
          }
        },
        {
          "messageId": "no",
          "line": 7,
          "column": 14
        },
        {
          "messageId": "shadowed",
          "line": 10,
          "column": 14
        }
      ]
    }
  ],
});
