import rule from '../../../src/lint/rules/duplicate-file-target.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  app:\n    image: example/app:3\n    secrets: [a, b]\nsecrets:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n"
  ],
  invalid: [
    {
      "files": "services:\n  app:\n    image: example/app:3\n    configs:\n      - a\n      - source: b\n        target: a\nconfigs:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n",
      "errors": [
        {
          "messageId": "duplicate",
          "line": 6,
          "column": 9,
          "data": {
            "kind": "config",
            "source": "b",
            "target": "a"
          }
        }
      ]
    }
  ],
});
