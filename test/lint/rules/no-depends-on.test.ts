import rule from '../../../src/lint/rules/no-depends-on.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  x:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n"
  ],
  invalid: [
    {
      "files": "services:\n  x:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n",
      "errors": [
        {
          "messageId": "dependsOn",
          "line": 4,
          "column": 5,
          "data": {
            "services": "db"
          }
        }
      ]
    }
  ],
});
