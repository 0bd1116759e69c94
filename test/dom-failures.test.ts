/** A failed assertion about a DOM node reaches the terminal (test/support/dom-failures.ts). */
import { expect } from '@open-wc/testing';
import { reportable } from './support/dom-failures.js';

const failureOf = (assertion: () => void): Error & { actual?: unknown; expected?: unknown } => {
  try {
    assertion();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the assertion did not fail');
};

describe('failures about DOM nodes', () => {
  it('name the node as text that the runner can send, in this page and in a frame', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const button = document.createElement('button');
      button.setAttribute('part', 'exit');
      const framed = frame.contentDocument!.createElement('input');
      framed.id = 'url';
      const failure = failureOf(() => expect(framed).to.equal(button));
      expect(() => structuredClone({ actual: failure.actual, expected: failure.expected }), 'as the assertion left it').to.throw();
      reportable(failure);
      expect(structuredClone({ actual: failure.actual, expected: failure.expected })).to.deep.equal({ actual: '<input id="url">', expected: '<button part="exit">' });
    } finally {
      frame.remove();
    }
  });

  it('leave other values as they are', () => {
    const failure = failureOf(() => expect({ count: 1 }).to.deep.equal({ count: 2 }));
    reportable(failure);
    expect(failure.actual).to.deep.equal({ count: 1 });
    expect(failure.expected).to.deep.equal({ count: 2 });
  });
});
