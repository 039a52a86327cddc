/**
 * Corpus cases that `docker stack config` rejects only because they use Compose Specification
 * features the v3 loader does not know (fixtures/corpus/INDEX.md, "rejection causes"). Supporting
 * them is future work, so the corpus suite only checks that compiling them does not throw. Every
 * other case docker rejects must be rejected by us too, and the corpus suite checks this list
 * against the goldens so it cannot go stale.
 */
export const COMPOSE_SPEC_ONLY: Readonly<Record<string, string>> = {
  'awesome-compose-nginx-aspnet-mysql': 'long depends_on',
  'awesome-compose-nginx-flask-mysql': 'long depends_on',
  'awesome-compose-nginx-golang-mysql': 'long depends_on',
  'awesome-compose-nginx-golang-postgres': 'long depends_on',
  'awesome-compose-react-java-mysql': 'long depends_on',
  'awesome-compose-react-rust-postgres': 'top-level name',
  'awesome-compose-wasmedge-kafka-mysql': 'platform/runtime',
  'awesome-compose-wasmedge-mysql-nginx': 'platform/runtime',
  'compose-go-depends-on-cycle': 'top-level name',
  'compose-go-extends-nested-sibling': 'extends',
  'compose-go-extends-reset': 'extends, !reset',
  'compose-go-extends-subdir': 'extends',
  'compose-go-include-extends-combined': 'include, extends',
  'compose-go-include-with-service': 'include',
  'docker-compose-fixture-configs': 'config environment/content',
  'docker-compose-fixture-env-secret': 'secret environment, include',
  'docker-compose-fixture-profiles': 'profiles',
  'docker-compose-fixture-publish-extends': 'extends',
  'docker-elk-with-extensions': 'profiles',
  'dogvscat-elk-with-override': 'mixed versions across files',
  'example-voting-app-compose': 'long depends_on, profiles',
  'kong-compose': 'profiles',
  'mailcow': 'long depends_on',
  'mailcow-haproxy-override': 'long depends_on',
  'netbox-docker-override-example': 'long depends_on',
  'netbox-docker-test': 'long depends_on',
  'otel-demo-core': 'long depends_on',
  'otel-demo-full-observability': 'long depends_on',
  'sentry-self-hosted': 'long depends_on, profiles',
};
