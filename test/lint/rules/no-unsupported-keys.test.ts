import rule from '../../../src/lint/rules/no-unsupported-keys.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  x:\n    image: nginx:1.27\n    cap_add: [NET_ADMIN]\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx:1.27\n    links: [db]\n    privileged: false\n    shm_size: 64M\n",
      "errors": [
        {
          "messageId": "unsupported",
          "line": 4,
          "column": 5,
          "data": {
            "key": "links"
          }
        },
        {
          "messageId": "unsupported",
          "line": 5,
          "column": 5,
          "data": {
            "key": "privileged"
          }
        },
        {
          "messageId": "unsupported",
          "line": 6,
          "column": 5,
          "data": {
            "key": "shm_size"
          }
        }
      ]
    }
  ],
});
