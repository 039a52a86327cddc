import rule from '../../../src/lint/rules/unused-secret.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  app:\n    image: example/app:3\n    secrets: [a]\nsecrets:\n  a: { file: ./a.txt }\n"
  ],
  invalid: [
    {
      "files": "services:\n  app:\n    image: example/app:3\n    secrets: [a]\nsecrets:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n",
      "errors": [
        {
          "messageId": "unused",
          "line": 7,
          "column": 3,
          "data": {
            "name": "b"
          }
        }
      ]
    }
  ],
});
