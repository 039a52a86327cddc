import rule from '../../../src/lint/rules/undefined-reference.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    "services:\n  app:\n    image: example/app:3\n    secrets: [token]\n    configs: [conf]\n    volumes: [\"data:/data\", \"/srv:/srv\"]\n    networks: [default, front]\nsecrets:\n  token: { external: true }\nconfigs:\n  conf: { file: ./c.txt }\nvolumes:\n  data: {}\nnetworks:\n  front: {}\n"
  ],
  invalid: [
    {
      "files": "services:\n  app:\n    image: example/app:3\n    secrets: [token]\n    volumes:\n      - data:/data\n    networks:\n      front:\n        aliases: [app]\n",
      "errors": [
        {
          "messageId": "undefined",
          "line": 4,
          "column": 15,
          "data": {
            "kind": "secret",
            "name": "token"
          }
        },
        {
          "messageId": "undefined",
          "line": 6,
          "column": 9,
          "data": {
            "kind": "volume",
            "name": "data"
          }
        },
        {
          "messageId": "undefined",
          "line": 8,
          "column": 7,
          "data": {
            "kind": "network",
            "name": "front"
          }
        }
      ]
    }
  ],
});
