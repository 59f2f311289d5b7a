// The fetch double itself (test/support/fetch-double.ts): what the tests that use it rely on.
import { expect } from '@open-wc/testing';
import { type FetchDouble, installFetchDouble } from './fetch-double.js';

describe('fetch double', () => {
  let double: FetchDouble | undefined;
  afterEach(() => double?.restore());

  it('holds each request until the test answers it, and restores the real fetch', async () => {
    const real = window.fetch;
    double = installFetchDouble();
    const pending = fetch('/x.json', { headers: { accept: 'application/json' } });
    expect(double.calls.map((c) => c.url)).to.deep.equal(['/x.json']);
    double.calls[0]!.respond('{"a":1}', { status: 201 });
    const response = await pending;
    expect([response.status, response.headers.get('content-type'), await response.json()]).to.deep.equal([
      201,
      'application/json',
      { a: 1 },
    ]);
    double.restore();
    expect(window.fetch).to.equal(real);
  });

  it('fails a request, or breaks its body while it is read', async () => {
    double = installFetchDouble();
    const failed = fetch('/a').catch((e: Error) => e);
    const broken = fetch('/b');
    double.calls[0]!.fail(new TypeError('Failed to fetch'));
    double.calls[1]!.breakBody();
    expect(((await failed) as Error).message).to.equal('Failed to fetch');
    const error = await (await broken).text().catch((e: Error) => e);
    expect(error).to.be.instanceOf(TypeError);
  });

  it('rejects an aborted request with the abort reason, as browsers do (the default)', async () => {
    double = installFetchDouble();
    const controller = new AbortController();
    const pending = fetch('/slow', { signal: controller.signal }).catch((e: unknown) => e);
    const reason = new Error('superseded');
    controller.abort(reason);
    expect(await pending).to.equal(reason);
    expect(double.calls[0]!.signal?.aborted).to.equal(true);
  });

  it("onAbort 'ignore': the answer given after the abort still arrives", async () => {
    double = installFetchDouble({ onAbort: 'ignore' });
    const controller = new AbortController();
    const pending = fetch('/late', { signal: controller.signal });
    controller.abort();
    expect(double.calls[0]!.signal?.aborted).to.equal(true);
    const read = double.calls[0]!.respond('{"late":true}');
    let taken = false;
    void read.then(() => (taken = true));
    const response = await pending;
    await new Promise(requestAnimationFrame);
    expect(taken, 'read before the body is').to.equal(false);
    expect(await response.json()).to.deep.equal({ late: true });
    await read;
  });

  it('fixed answers: a body, a network error, never; other URLs wait for the test, or go to the network with passThrough', async () => {
    double = installFetchDouble();
    double.answer('/fixed.json', { status: 404, statusText: 'Not Found', body: 'nope' });
    double.answer('/offline.json', 'network-error');
    expect(double.answer('/never.json', 'never')).to.equal('/never.json');
    const fixed = await fetch(new URL('/fixed.json', location.href));
    expect([fixed.status, fixed.statusText, await fixed.text()]).to.deep.equal([404, 'Not Found', 'nope']);
    expect(((await fetch('/offline.json').catch((e: Error) => e)) as Error).message).to.equal('Failed to fetch');
    let settled = false;
    void fetch('/never.json', { signal: AbortSignal.abort() }).finally(() => (settled = true));
    void fetch('/other.json');
    await new Promise(requestAnimationFrame);
    expect(settled).to.equal(false);
    expect(double.calls.map((c) => c.url)).to.deep.equal(['/other.json']);
    double.restore();

    // Through to the test runner's own server, which serves this repository.
    double = installFetchDouble({ passThrough: true });
    double.answer('/package.json', { body: '{"name":"fixed"}' });
    expect((await (await fetch('/package.json')).json()).name).to.equal('fixed');
    expect((await (await fetch('/ladders/ladder.schema.json')).json()).$schema).to.be.a('string');
    expect(double.calls).to.deep.equal([]);
  });
});
