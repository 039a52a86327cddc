import rule from '../../../src/lint/rules/network-driver-scope.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    networks: [front, hostnet]\nnetworks:\n  front:\n    driver: overlay\n  hostnet:\n    external: true\n    name: host\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx:1.27\n    networks: [front, old]\nnetworks:\n  front:\n    driver: bridge\n  old:\n    external: true\n    name: bridge\n",
      "errors": [
        {
          "messageId": "driver",
          "line": 7,
          "column": 13,
          "fix": "overlay"
        },
        {
          "messageId": "external",
          "line": 8,
          "column": 3
        }
      ]
    }
  ],
});
