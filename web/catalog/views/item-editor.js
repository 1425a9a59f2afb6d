import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { UPDATE_ITEM } from '../queries.js';
import { DISCLOSURE_TIER, SHARING_TYPE } from '../terms.js';

/**
 * The provider changes an item's sharing type, condition and openness; the hub keeps a new version of the entry
 * with the note, and the public schema follows at once.
 */
export class ItemEditor extends Component {
  constructor(props) {
    super(props);
    const { item } = props;
    this.state = {
      sharingType: item.sharingType,
      sharingCondition: item.sharingCondition ?? '',
      openToPublic: item.openToPublic,
      disclosureTier: item.disclosureTier ?? 'FULL',
      note: '',
      busy: false,
      error: null,
    };
  }

  submit = async (event) => {
    event.preventDefault();
    const { session, entry, item, onSaved } = this.props;
    const { sharingType, sharingCondition, openToPublic, disclosureTier, note } = this.state;
    this.setState({ busy: true, error: null });
    try {
      await gql(session.key, UPDATE_ITEM, {
        resource: entry.code,
        field: item.fieldName,
        sharingType,
        sharingCondition: sharingType === 'UNCONDITIONAL' ? null : sharingCondition,
        openToPublic,
        disclosureTier: openToPublic ? disclosureTier : null,
        note: note.trim(),
      });
      onSaved();
    } catch (error) {
      this.setState({ busy: false, error });
    }
  };

  render() {
    const { item, onCancel } = this.props;
    const { sharingType, sharingCondition, openToPublic, disclosureTier, note, busy, error } = this.state;
    const set = (key) => (e) => this.setState({ [key]: e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value });
    return html`<form class="item-editor" data-editing=${item.fieldName} onSubmit=${this.submit} aria-label=${`修改信息项：${item.label}`}>
      <label>共享类型 <select name="sharingType" value=${sharingType} onChange=${set('sharingType')}>
        ${Object.entries(SHARING_TYPE).map(([k, v]) => html`<option key=${k} value=${k}>${v}</option>`)}
      </select></label>
      ${
        sharingType === 'UNCONDITIONAL'
          ? null
          : html`<label>${sharingType === 'CONDITIONAL' ? '共享条件' : '不予共享的法律法规依据'}
              <input name="sharingCondition" required value=${sharingCondition} onInput=${set('sharingCondition')} /></label>`
      }
      <label class="check"><input type="checkbox" name="openToPublic" checked=${openToPublic} onChange=${set('openToPublic')} /> 向社会开放</label>
      ${
        openToPublic
          ? html`<label>公开方式 <select name="disclosureTier" value=${disclosureTier} onChange=${set('disclosureTier')}>
              ${Object.entries(DISCLOSURE_TIER).map(([k, v]) => html`<option key=${k} value=${k}>${v}</option>`)}
            </select></label>`
          : null
      }
      <label>变更说明 <input name="note" required value=${note} onInput=${set('note')} placeholder="如“依据市政府办公室函调整”" /></label>
      <button type="submit" disabled=${busy || !note.trim()}>保存（生成新版本）</button>
      <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      ${error ? html`<p class="error" role="alert">${error.message}</p>` : null}
    </form>`;
  }
}
