import rule from '../../../src/lint/rules/bind-mount-relative-source.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /srv/html:/usr/share/nginx/html\n      - data:/data\nvolumes:\n  data: {}\n"
  ],
  invalid: [
    {
      "name": "short syntax",
      "files": "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n",
      "errors": [
        {
          "messageId": "relative",
          "line": 5,
          "column": 9,
          "data": {
            "resolved": "/project/html"
          },
          "fix": "\"/project/html:/usr/share/nginx/html:ro\""
        }
      ]
    },
    {
      "name": "long syntax in an override",
      "files": {
        "compose.yml": "services:\n  web:\n    image: nginx:1.27\n",
        "compose.prod.yml": "services:\n  web:\n    volumes:\n      - type: bind\n        source: ../shared\n        target: /data\n"
      },
      "errors": [
        {
          "messageId": "relative",
          "line": 5,
          "column": 17,
          "file": "compose.prod.yml",
          "fix": "\"/shared\""
        }
      ]
    }
  ],
});
