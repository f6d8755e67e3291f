// A standard client (graphql-js) introspects the running server, rebuilds its schema and
// checks the headline questions against it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getIntrospectionQuery, buildClientSchema, parse, validate, assertValidSchema } from 'graphql';
import { startServer, gql } from './server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const headlines = [
  '{ actor(name: "Russia") { violated { name } } }',
  '{ agreements(violatedBy: "Russia") { totalCount edges { node { name signatories { name } } } } }',
];

test('graphql-js builds a valid schema from introspection', async () => {
  const { status, body } = await gql(server.url, getIntrospectionQuery({ descriptions: true }));
  assert.equal(status, 200);
  assert.equal(body.errors, undefined);
  const schema = buildClientSchema(body.data);
  assertValidSchema(schema);
  for (const name of ['Node', 'Entity', 'Actor', 'Person', 'State', 'Organization', 'Agreement', 'Attack', 'Place', 'Article', 'Relation', 'Evidence', 'RelationType']) {
    const t = schema.getType(name);
    assert.ok(t, `type ${name} is missing`);
    assert.ok(t.description, `type ${name} has no description`);
  }
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__') || !t.getFields) continue;
    for (const f of Object.values(t.getFields())) {
      assert.ok(f.description, `${t.name}.${f.name} has no description`);
    }
  }
  assert.deepEqual(schema.getImplementations(schema.getType('Actor')).objects.map((o) => o.name).sort(), ['Organization', 'Person', 'State']);
  for (const q of headlines) {
    assert.deepEqual(validate(schema, parse(q)), [], q);
  }
});

test('the headline questions answer from the graph', async () => {
  let { body } = await gql(server.url, headlines[0]);
  assert.deepEqual(body, { data: { actor: { violated: [{ name: 'Budapest Memorandum' }] } } });
  ({ body } = await gql(server.url, headlines[1]));
  assert.equal(body.errors, undefined);
  assert.equal(body.data.agreements.totalCount, 1);
  const node = body.data.agreements.edges[0].node;
  assert.equal(node.name, 'Budapest Memorandum');
  assert.deepEqual(node.signatories.map((s) => s.name).sort(), ['Russia', 'Ukraine', 'United Kingdom', 'United States']);
});

test('bad requests get GraphQL errors with a code', async () => {
  const res = await fetch(server.url + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query": ' });
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
});
