import rule from '../../../src/lint/rules/no-container-name.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  x:\n    image: nginx:1.27\n    hostname: web\n"
  ],
  invalid: [
    {
      "files": "services:\n  x:\n    image: nginx:1.27\n    container_name: web\n",
      "errors": [
        {
          "messageId": "containerName",
          "line": 4,
          "column": 5,
          "data": {
            "name": "web"
          }
        }
      ]
    }
  ],
});
