import rule from '../../../src/lint/rules/placement-constraint-field.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints:\n          - \"node.labels.db == true\"\n          - \"engine.labels.ssd != false\"\n          - \"node.platform.os == linux\"\n          - \"NODE.ROLE == Manager\"\n          - \"node.hostname != db2\"\n"
  ],
  invalid: [
    {
      "files": "services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints:\n          - \"node.label.db == true\"\n          - \"rack == large\"\n          - \"node.role == leader\"\n          - \"node.name == db1\"\n",
      "errors": [
        {
          "messageId": "labelPrefix",
          "line": 7,
          "column": 13,
          "fix": "\"node.labels.db == true\""
        },
        {
          "messageId": "bare",
          "line": 8,
          "column": 13,
          "fix": "\"node.labels.rack == large\""
        },
        {
          "messageId": "role",
          "line": 9,
          "column": 13,
          "data": {
            "value": "leader"
          }
        },
        {
          "messageId": "unknown",
          "line": 10,
          "column": 13,
          "data": {
            "key": "node.name"
          }
        }
      ]
    }
  ],
});
