import { createPrefixTransform, defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

// The three services' OpenAPI documents as they serve them (run.sh saves them here). Every call
// carries the caller's own token, and accepts JSON answers as well as problem+json refusals (left to
// itself, Omnigraph accepts only the last media type the document names, problem+json, and the
// services answer such a read with 406). reports and enforcement both define an enum `Kind` and several
// operations share names, so every type and root field is prefixed with its service.
const service = (name: string, prefix: string, port: number) => ({
  sourceHandler: loadOpenAPISubgraph(name, {
    source: `./openapi-${name}.json`,
    endpoint: `http://127.0.0.1:${port}`,
    operationHeaders: {
      Authorization: '{context.headers.authorization}',
      accept: 'application/json, application/problem+json',
    },
  }),
  transforms: [createPrefixTransform({ value: prefix, includeRootOperations: true })],
});

export const composeConfig = defineConfig({
  subgraphs: [
    service('reports', 'Reports_', 8081),
    service('tasking', 'Tasking_', 8082),
    service('enforcement', 'Enforcement_', 8083),
  ],
});
