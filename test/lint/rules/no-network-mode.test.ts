import rule from '../../../src/lint/rules/no-network-mode.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  x:\n    image: nginx:1.27\n    networks: [default]\n"
  ],
  invalid: [
    {
      "files": "services:\n  x:\n    image: nginx:1.27\n    network_mode: host\n  y:\n    image: nginx:1.27\n    network_mode: \"service:x\"\n",
      "errors": [
        {
          "messageId": "host",
          "line": 4,
          "column": 19
        },
        {
          "messageId": "other",
          "line": 7,
          "column": 19,
          "data": {
            "mode": "service:x"
          }
        }
      ]
    }
  ],
});
