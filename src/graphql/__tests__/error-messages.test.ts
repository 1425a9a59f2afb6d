import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/** Errors raised by Apollo and graphql-js reach users with their meaning in Chinese, the English detail kept. */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

describe('library errors in Chinese', () => {
  it.each([
    ['a syntax error', '{ counties { ', 'GRAPHQL_PARSE_FAILED', /^查询语句有语法错误 \(syntax error\)：Syntax Error: /],
    [
      'an unknown field',
      '{ counties { nodes { nope } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /^查询不符合接口定义 \(validation failed\)：Cannot query field "nope" on type "County"\./,
    ],
    [
      'an unknown operation name',
      'query A { me { code } }',
      'OPERATION_RESOLUTION_FAILURE',
      /^找不到要执行的操作，请检查 operationName \(operation not found\)：/,
    ],
  ])('%s', async (_what, query, code, message) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.keyOf('environment')}` },
      body: JSON.stringify({ query, operationName: code === 'OPERATION_RESOLUTION_FAILURE' ? 'B' : undefined }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });

  it('a variable of the wrong type', async () => {
    const { body } = await t.gql('query($n: Int) { counties(first: $n) { totalCount } }', { n: 'ten' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/^变量值无效 \(invalid variable\): Variable "\$n" got invalid value "ten"/);
  });

  it('a GET without the CSRF preflight header', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { code } }')}`, {
      headers: { authorization: `Bearer ${await t.keyOf('environment')}` },
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toBe(
      '请求被拦截：疑似跨站请求伪造 (CSRF)。请以 Content-Type: application/json 发送 POST 请求，或在 GET 请求中加请求头 apollo-require-preflight: 1',
    );
  });
});
