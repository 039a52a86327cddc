import rule from '../../../src/lint/rules/image-tag.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27.3\n",
    "services:\n  web:\n    image: nginx@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
    "services:\n  web:\n    image: localhost:5000/web:2\n"
  ],
  invalid: [
    {
      "files": "services:\n  web:\n    image: nginx\n  api:\n    image: localhost:5000/api:latest\n  db:\n    image: localhost:5000/db\n",
      "errors": [
        {
          "messageId": "missing",
          "line": 3,
          "column": 12,
          "data": {
            "image": "nginx"
          }
        },
        {
          "messageId": "latest",
          "line": 5,
          "column": 12
        },
        {
          "messageId": "missing",
          "line": 7,
          "column": 12,
          "data": {
            "image": "localhost:5000/db"
          }
        }
      ]
    },
    {
      "name": "reported in the override that set it",
      "files": {
        "compose.yml": "services:\n  web:\n    image: nginx:1.27\n",
        "compose.prod.yml": "services:\n  web:\n    image: nginx:latest\n"
      },
      "errors": [
        {
          "messageId": "latest",
          "line": 3,
          "column": 12,
          "file": "compose.prod.yml"
        }
      ]
    }
  ],
});
