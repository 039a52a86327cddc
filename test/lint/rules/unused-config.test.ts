import rule from '../../../src/lint/rules/unused-config.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  app:\n    image: example/app:3\n    configs: [a]\n    credential_spec:\n      config: b\nconfigs:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n"
  ],
  invalid: [
    {
      "files": "services:\n  app:\n    image: example/app:3\nconfigs:\n  old:\n    file: ./old.txt\n  ext:\n    external: true\n",
      "errors": [
        {
          "messageId": "unused",
          "line": 5,
          "column": 3,
          "data": {
            "name": "old",
            "effect": "creates it from its file at every deploy"
          }
        },
        {
          "messageId": "unused",
          "line": 7,
          "column": 3,
          "data": {
            "name": "ext",
            "effect": "looks it up at every deploy"
          }
        }
      ]
    }
  ],
});
