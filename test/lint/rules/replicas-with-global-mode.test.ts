import rule from '../../../src/lint/rules/replicas-with-global-mode.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  a:\n    image: example/agent:2\n    deploy:\n      mode: global\n",
    "services:\n  a:\n    image: example/agent:2\n    deploy:\n      replicas: 2\n"
  ],
  invalid: [
    {
      "files": "services:\n  a:\n    image: example/agent:2\n    deploy:\n      mode: global\n      replicas: 0\n",
      "errors": [
        {
          "messageId": "replicas",
          "line": 6,
          "column": 7,
          "data": {
            "replicas": 0,
            "mode": "global"
          }
        }
      ]
    }
  ],
});
