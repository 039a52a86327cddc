import rule from '../../../src/lint/rules/duplicate-mount-target.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes: [\"data:/data\", \"/srv/logs:/logs\"]\nvolumes:\n  data: {}\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n      - type: bind\n        source: /srv/data\n        target: /data\nvolumes:\n  data: {}\n",
      "errors": [
        {
          "messageId": "duplicate",
          "line": 6,
          "column": 9,
          "data": {
            "target": "/data"
          }
        }
      ]
    }
  ],
});
