/** Generated compose files for latency measurements. */

/** A compose file with `n` realistic services. */
export function generateServices(n: number): string {
  let text = 'version: "3.8"\nservices:\n';
  for (let i = 0; i < n; i++) {
    text += [
      `  svc${i}:`,
      `    image: registry.example.com/team/svc${i}:1.${i}`,
      '    ports:',
      `      - "${8000 + i}:80"`,
      '    environment:',
      `      SERVICE_NAME: svc${i}`,
      '      LOG_LEVEL: info',
      '    deploy:',
      '      mode: replicated',
      '      replicas: 2',
      '      update_config:',
      '        order: start-first',
      '      restart_policy:',
      '        condition: on-failure',
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '      interval: 10s',
      '',
    ].join('\n');
  }
  return text;
}
