// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { credentialPlan } from '../../../../../extension/content/fill/credential-plan.ts';
import type { FieldKind } from '../../../../../shared/vocabulary/attribute-ids.ts';

function page(html: string, kinds: Record<string, FieldKind>) {
  document.body.innerHTML = html;
  const fields = Object.entries(kinds).map(([id, kind], index) => ({ index, kind, element: document.getElementById(id) as Element }));
  return { fields, shown: new Set(fields.map((f) => f.element)) };
}

describe('where a stored credential may go', () => {
  it('the password only into input[type=password] of the first login form, the username only into that form', () => {
    const { fields, shown } = page(
      `
      <form id="login" method="post"><input id="user" type="email"><input id="pw" type="password"></form>
      <form id="other" method="post"><textarea id="kennwort"></textarea><input id="hinweis"><input id="pw2" type="password"></form>`,
      { user: 'username', pw: 'password', kennwort: 'password', hinweis: 'password', pw2: 'password' },
    );
    const plan = credentialPlan(fields, shown);
    expect([...plan.allowed].sort()).toEqual([0, 1]);
    expect(plan.form?.id).toBe('login');
    expect(plan.refusedGet.size).toBe(0);
  });

  it('no password into a form that sends with GET: method=get, no method, or formmethod=get on its Enter button', () => {
    for (const form of ['<form method="get">', '<form>', '<form method="post"><button type="submit" formmethod="get">A</button>']) {
      const { fields, shown } = page(`${form}<input id="user"><input id="pw" type="password"></form>`, {
        user: 'username',
        pw: 'password',
      });
      const plan = credentialPlan(fields, shown);
      expect([...plan.allowed], form).toEqual([0]);
      expect([...plan.refusedGet], form).toEqual([1]);
    }
  });

  it('nothing for fields the citizen cannot see; outside any form only the first password field', () => {
    const hidden = page('<form method="post"><input id="user"><input id="pw" type="password"></form>', {
      user: 'username',
      pw: 'password',
    });
    expect(credentialPlan(hidden.fields, new Set()).allowed.size).toBe(0);
    const loose = page('<input id="user"><input id="pw" type="password"><input id="pw2" type="password">', {
      user: 'username',
      pw: 'password',
      pw2: 'password',
    });
    expect([...credentialPlan(loose.fields, loose.shown).allowed].sort()).toEqual([0, 1]);
  });
});
