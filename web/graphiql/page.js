// soilhub's GraphiQL. The department face asks for the department application's key in a field of its own
// (kept in this tab's sessionStorage only) and loads the schema once the hub accepts it; the public face is
// anonymous. Each face keeps GraphiQL's saved tabs and queries under its own prefix, so neither sees the other's.
(function () {
  'use strict';
  var h = React.createElement;
  var root = document.getElementById('soilhub-graphiql');
  var face = root.dataset.face;
  var endpoint = root.dataset.endpoint;
  var prefix = 'soilhub:' + face + ':';
  var KEY_ITEM = prefix + 'key';
  // A department signed in to the catalog in this tab need not give its key again.
  var CATALOG_KEY_ITEM = 'soilhub.catalog.key';
  // The catalog's 在 GraphiQL 中打开 puts a query (and the purpose of a grant) after the hash: read once, then cleared.
  var opened = new URLSearchParams(location.hash.slice(1));
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);

  /** localStorage seen through this face's prefix: GraphiQL's Storage interface. */
  var storage = {
    getItem: function (k) {
      return localStorage.getItem(prefix + k);
    },
    setItem: function (k, v) {
      localStorage.setItem(prefix + k, v);
    },
    removeItem: function (k) {
      localStorage.removeItem(prefix + k);
    },
    clear: function () {
      Object.keys(localStorage)
        .filter(function (k) {
          return k.indexOf(prefix) === 0;
        })
        .forEach(function (k) {
          localStorage.removeItem(k);
        });
    },
    get length() {
      return Object.keys(localStorage).filter(function (k) {
        return k.indexOf(prefix) === 0;
      }).length;
    },
  };

  var DEFAULT_QUERY = {
    department:
      '# 廊坊市土壤环境信息共享平台 · 部门 GraphQL 接口\n' +
      '# 按 Ctrl-Enter 或点击 ▶ 执行；左侧“文档”(Docs) 列出全部类型和字段，输入时自动补全。\n' +
      '{\n  me { code name }\n  counties { totalCount nodes { code name } }\n}\n',
    public:
      '# 土壤环境信息公开（方案第（四十二）条）· 无需登录\n' +
      '# 按 Ctrl-Enter 或点击 ▶ 执行；左侧“文档”(Docs) 列出可公开查询的内容。\n' +
      '{\n  contaminatedSites(first: 5) {\n    totalCount\n    nodes { code name status riskLevel listedOn }\n  }\n}\n',
  };

  /** What an error code means, for the key bar. */
  var MEANING = {
    UNAUTHENTICATED: '密钥无效、已过期或已吊销',
    RATE_LIMITED: '请求过于频繁，请稍后再试',
    SERVICE_UNAVAILABLE: '服务正在停止，请稍后再试',
  };

  // HTTP headers carry ISO-8859-1 only: a key is printable ASCII; the purpose goes percent-encoded (X-Purpose).
  var PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

  function keyFetcher(key) {
    return GraphiQL.createFetcher({ url: endpoint, headers: { Authorization: 'Bearer ' + key } });
  }

  /** Asks the hub who the key belongs to: the department, or the reason it was refused. */
  function whoIs(key) {
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + key },
      body: JSON.stringify({ query: '{ me { code name } }' }),
    }).then(
      function (res) {
        return res.json().then(function (body) {
          if (body.data && body.data.me) return { department: body.data.me };
          var e = (body.errors && body.errors[0]) || { message: 'HTTP ' + res.status };
          var code = e.extensions && e.extensions.code;
          return { error: (MEANING[code] ? MEANING[code] + '：' : '') + e.message + (code ? '（' + code + '）' : '') };
        });
      },
      function () {
        return { error: '无法连接平台，请检查网络后重试' };
      },
    );
  }

  function DepartmentPage() {
    var saved = sessionStorage.getItem(KEY_ITEM) || sessionStorage.getItem(CATALOG_KEY_ITEM);
    var state = React.useState({ key: null, department: null, error: null, checking: Boolean(saved) });
    var s = state[0];
    var set = state[1];
    var purposeRef = React.useRef(opened.get('purpose') || '');

    var connect = React.useCallback(function (key) {
      if (!PRINTABLE_ASCII.test(key)) {
        set({ key: null, department: null, checking: false, error: '密钥只含英文字母、数字和符号（形如 sh_xxxx_xxxx），请检查是否粘贴完整' });
        return;
      }
      set(function (old) {
        return Object.assign({}, old, { checking: true, error: null });
      });
      whoIs(key).then(function (r) {
        if (r.department) {
          sessionStorage.setItem(KEY_ITEM, key);
          set({ key: key, department: r.department, error: null, checking: false });
        } else {
          sessionStorage.removeItem(KEY_ITEM);
          set({ key: null, department: null, error: r.error, checking: false });
        }
      });
    }, []);

    React.useEffect(function () {
      if (saved) connect(saved);
    }, []);

    var fetcher = React.useMemo(
      function () {
        if (!s.key)
          return function () {
            return Promise.resolve({ errors: [{ message: '请先在上方填入部门应用密钥并点击“连接”' }] });
          };
        var base = keyFetcher(s.key);
        return function (params, options) {
          var purpose = purposeRef.current.trim();
          var headers = Object.assign({}, options && options.headers, purpose ? { 'X-Purpose': encodeURIComponent(purpose) } : {});
          return base(params, Object.assign({}, options, { headers: headers }));
        };
      },
      [s.key],
    );

    function onSubmit(event) {
      event.preventDefault();
      connect(new FormData(event.target).get('key').trim());
    }
    function signOut() {
      sessionStorage.removeItem(KEY_ITEM);
      set({ key: null, department: null, error: null, checking: false });
    }

    var bar = s.department
      ? h(
          'div',
          { className: 'soilhub-bar' },
          h('span', { className: 'soilhub-title' }, '部门 GraphQL 接口'),
          h('span', { className: 'soilhub-who', role: 'status' }, '已连接：' + s.department.name + '（' + s.department.code + '）'),
          h(
            'label',
            null,
            '用途 (X-Purpose)',
            h('input', {
              name: 'purpose',
              type: 'text',
              defaultValue: purposeRef.current,
              placeholder: '读取有条件共享项时填写授权用途',
              onChange: function (e) {
                purposeRef.current = e.target.value;
              },
            }),
          ),
          h('button', { type: 'button', onClick: signOut }, '退出'),
          h('a', { href: '/catalog/' }, '资源共享目录'),
        )
      : h(
          'form',
          { className: 'soilhub-bar', onSubmit: onSubmit },
          h('span', { className: 'soilhub-title' }, '部门 GraphQL 接口'),
          h(
            'label',
            null,
            '部门应用密钥 (API key)',
            h('input', { name: 'key', type: 'password', autoComplete: 'off', required: true, placeholder: 'sh_…', 'aria-describedby': 'soilhub-key-help' }),
          ),
          h('button', { type: 'submit', disabled: s.checking }, s.checking ? '正在连接…' : '连接'),
          s.error
            ? h('span', { className: 'soilhub-error', role: 'alert' }, s.error)
            : h(
                'span',
                { id: 'soilhub-key-help', className: 'soilhub-help' },
                '连接后加载文档 (Docs) 和自动补全。密钥由平台管理员为每个部门应用签发，只保存在本标签页，关闭即清除。',
              ),
          h('a', { href: '/public/graphql' }, '公众查询（无需密钥）'),
        );

    return h(
      'div',
      { className: 'soilhub-page' },
      bar,
      h(
        'div',
        { className: 'soilhub-editor' },
        h(GraphiQL, {
          // A new key is a new fetcher, hence a new schema; without a key there is nothing to ask for.
          key: s.key || 'no-key',
          fetcher: fetcher,
          schema: s.key ? undefined : null,
          storage: storage,
          defaultQuery: DEFAULT_QUERY.department,
          query: opened.get('query') || undefined,
          shouldPersistHeaders: false,
        }),
      ),
    );
  }

  function PublicPage() {
    var fetcher = React.useMemo(function () {
      return GraphiQL.createFetcher({ url: endpoint });
    }, []);
    return h(
      'div',
      { className: 'soilhub-page' },
      h(
        'div',
        { className: 'soilhub-bar' },
        h('span', { className: 'soilhub-title' }, '土壤环境信息公开 · GraphQL 查询'),
        h('span', { className: 'soilhub-help' }, '向社会公开的内容，无需登录。'),
        h('a', { href: '/catalog/' }, '信息公开目录'),
      ),
      h(
        'div',
        { className: 'soilhub-editor' },
        h(GraphiQL, {
          fetcher: fetcher,
          storage: storage,
          defaultQuery: DEFAULT_QUERY.public,
          isHeadersEditorEnabled: false,
        }),
      ),
    );
  }

  ReactDOM.createRoot(root).render(h(face === 'public' ? PublicPage : DepartmentPage));
})();
