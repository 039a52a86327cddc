import rule from '../../../src/lint/rules/require-image.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    build: .\n",
      "errors": [
        {
          "messageId": "noImage",
          "line": 2,
          "column": 3
        }
      ]
    }
  ],
});
