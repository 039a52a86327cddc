import rule from '../../../src/lint/rules/placement-constraint-syntax.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints:\n          - \"node.role == manager\"\n          - \"node.labels.zone != eu-1\"\n"
  ],
  invalid: [
    {
      "files": "services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints:\n          - \"node.role=manager\"\n          - \"node role == manager\"\n          - \"node.labels.x == a,b\"\n          - \"node.role\"\n",
      "errors": [
        {
          "messageId": "operator",
          "line": 7,
          "column": 13,
          "fix": "\"node.role == manager\""
        },
        {
          "messageId": "key",
          "line": 8,
          "column": 13
        },
        {
          "messageId": "value",
          "line": 9,
          "column": 13,
          "data": {
            "value": "a,b"
          }
        },
        {
          "messageId": "operator",
          "line": 10,
          "column": 13
        }
      ]
    }
  ],
});
