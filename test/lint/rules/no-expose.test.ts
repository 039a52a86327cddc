import rule from '../../../src/lint/rules/no-expose.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  x:\n    image: nginx:1.27\n    ports: [\"8080:8080\"]\n"
  ],
  invalid: [
    {
      "files": "services:\n  x:\n    image: nginx:1.27\n    expose: [\"8080\"]\n",
      "errors": [
        {
          "messageId": "expose",
          "line": 4,
          "column": 5
        }
      ]
    }
  ],
});
