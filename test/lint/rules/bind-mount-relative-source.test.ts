import rule from '../../../src/lint/rules/bind-mount-relative-source.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /srv/html:/usr/share/nginx/html\n      - data:/data\nvolumes:\n  data: {}\n",
    // Absolute in Windows terms (drive, UNC) and named volumes, ASCII or not: no finding.
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - 'C:\\data:/data'\n      - '\\\\srv\\share:/share'\n      - é:/e\n      - x:/named\n"
  ],
  invalid: [
    {
      "name": "home- and drive-relative short syntax, among specs that are not",
      "files": "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n      - ~/cache:/cache\n      - /srv/x:/x\n      - C:rel:/rel\n      - .:/app\nvolumes:\n  data: {}\n",
      "errors": [
        { "messageId": "relative", "line": 6, "column": 9, "data": { "source": "~/cache" } },
        { "messageId": "relative", "line": 8, "column": 9, "data": { "source": "C:rel", "resolved": "/project/C:rel" } },
        { "messageId": "relative", "line": 9, "column": 9, "data": { "source": ".", "resolved": "/project" }, "fix": "\"/project:/app\"" }
      ]
    },
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
