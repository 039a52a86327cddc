import rule from '../../../src/lint/rules/published-port-conflict.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\", \"53:53/udp\"]\n  dns:\n    image: coredns/coredns:1.11.1\n    ports: [\"53:53\"]\n",
    "services:\n  a:\n    image: nginx:1.27\n    ports:\n      - { target: 80, published: 8080, mode: host }\n  b:\n    image: nginx:1.27\n    ports:\n      - { target: 80, published: 8080, mode: host }\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n  admin:\n    image: nginx:1.27\n    ports:\n      - \"80:8080\"\n",
      "errors": [
        {
          "messageId": "conflict",
          "line": 4,
          "column": 13,
          "data": {
            "service": "web",
            "other": "admin",
            "published": 80
          }
        }
      ]
    },
    {
      "name": "twice in one service",
      "files": "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n      - \"80:8080\"\n",
      "errors": [
        {
          "messageId": "duplicate",
          "line": 6,
          "column": 9
        }
      ]
    }
  ],
});
