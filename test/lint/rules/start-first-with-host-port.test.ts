import rule from '../../../src/lint/rules/start-first-with-host-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n    deploy:\n      update_config:\n        order: start-first\n"
  ],
  invalid: [
    {
      "files": "services:\n  lb:\n    image: haproxy:3.0\n    ports:\n      - { target: 80, published: 80, mode: host }\n    deploy:\n      rollback_config:\n        order: start-first\n",
      "errors": [
        {
          "messageId": "startFirst",
          "line": 8,
          "column": 16,
          "data": {
            "section": "rollback_config",
            "port": 80
          },
          "fix": "stop-first"
        }
      ]
    }
  ],
});
