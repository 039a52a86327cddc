import rule from '../../../src/lint/rules/dnsrr-with-ingress-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n    deploy:\n      endpoint_mode: vip\n",
    "services:\n  db:\n    image: postgres:16\n    ports:\n      - { target: 5432, published: 5432, mode: host }\n    deploy:\n      endpoint_mode: dnsrr\n"
  ],
  invalid: [
    {
      "files": "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n      - { target: 6000, published: 6000, mode: host }\n      - target: 7000\n    deploy:\n      endpoint_mode: DNSRR\n",
      "errors": [
        {
          "messageId": "ingress",
          "line": 5,
          "column": 9,
          "data": {
            "port": "5432:5432"
          }
        },
        {
          "messageId": "ingress",
          "line": 7,
          "column": 9,
          "data": {
            "port": "7000"
          }
        }
      ]
    }
  ],
});
