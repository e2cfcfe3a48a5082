import { describe, expect, it } from 'vitest';
import { refuseBadActionBody, SERVER_ACTION_BODY_LIMIT_BYTES } from './action-body';

const action = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/sign-in', {
    method: 'POST',
    body,
    headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });

describe('refuseBadActionBody', () => {
  it('lets ordinary action calls and other requests through', async () => {
    expect(await refuseBadActionBody(action('[{"email":"a@example.org"}]'))).toBeNull();
    expect(await refuseBadActionBody(action('not json', { 'content-type': 'multipart/form-data; boundary=x' }))).toBeNull();
    expect(await refuseBadActionBody(new Request('http://localhost/', { method: 'POST', body: 'x' }))).toBeNull();
  });

  it('refuses a declared body over the limit with a 413', async () => {
    const res = await refuseBadActionBody(action('[]', { 'content-length': String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }));
    expect(res?.status).toBe(413);
    expect(await res?.text()).toMatch(/too large/);
  });

  it('refuses a body that is not the JSON the browser sends with a 400', async () => {
    const res = await refuseBadActionBody(action('[{"email": not json'));
    expect(res?.status).toBe(400);
    expect(await res?.text()).toMatch(/could not be read/);
  });
});
