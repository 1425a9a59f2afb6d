import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { ADMIN_HREF, REQUESTS_HREF } from '../routes.js';
import { ErrorBox } from './error-box.js';

/** Title, menu and the department sign-in. */
export class Masthead extends Component {
  state = { draft: '' };

  submit = (event) => {
    event.preventDefault();
    const key = this.state.draft.trim();
    if (!key) return;
    this.setState({ draft: '' });
    this.props.onSignIn(key);
  };

  render() {
    const { session, route, signingIn, signInError, onSignOut } = this.props;
    const waiting = session?.pending.length ?? 0;
    const current = (page) => (route.page === page ? 'page' : null);
    return html`<header class="masthead">
      <div class="brand">
        <a class="title" href="#/">资源共享目录</a>
        <span class="subtitle">廊坊市土壤环境信息共享平台 · resource-sharing catalog</span>
      </div>
      <nav class="menu" aria-label="主菜单">
        <a href="#/" aria-current=${current('list') ?? current('entry')}>目录</a>
        ${
          session
            ? html`<a href=${REQUESTS_HREF} aria-current=${current('requests')}>申请与授权${
                waiting ? html` <span class="count" title="待本部门答复的共享申请">${waiting}</span>` : null
              }</a>`
            : null
        }
        ${session?.department?.kind === 'ADMINISTRATOR' ? html`<a href=${ADMIN_HREF} aria-current=${current('admin')}>平台管理</a>` : null}
      </nav>
      ${
        session
          ? html`<div class="account">
            <span class="who">${session.department ? `${session.department.name}（${session.department.code}）` : '已登录'}</span>
            <button type="button" class="secondary" onClick=${onSignOut}>退出</button>
          </div>`
          : html`<form class="sign-in" onSubmit=${this.submit}>
            <label for="department-key">部门密钥</label>
            <input id="department-key" type="password" autocomplete="off" spellcheck="false" placeholder="sh_…"
              value=${this.state.draft} onInput=${(e) => this.setState({ draft: e.currentTarget.value })} />
            <button type="submit" disabled=${signingIn}>登录</button>
          </form>`
      }
      <${ErrorBox} error=${signInError} />
    </header>`;
  }
}
